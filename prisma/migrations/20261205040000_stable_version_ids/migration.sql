-- A version's id is its company's id × 10000 + its seq, not a serial: the history loader runs in
-- several processes, so serials were handed out in whatever order the companies finished, and the
-- same recording had another id on every install. A link to a version or a comparison, cited in
-- a letter, now opens the same recording on any install of the same data (docs/history.md).
-- Negated first: no row may take an id another still holds midway.
UPDATE "policy_version" SET "id" = -"id";
UPDATE "policy_version" SET "id" = "company_id" * 10000 + "seq";
ALTER TABLE "policy_version" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE IF EXISTS "policy_version_id_seq";
ALTER TABLE "policy_version"
  ADD CONSTRAINT "policy_version_seq_range" CHECK ("seq" BETWEEN 1 AND 9999),
  ADD CONSTRAINT "policy_version_stable_id" CHECK ("id" = "company_id" * 10000 + "seq");
