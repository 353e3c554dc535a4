-- What a version's counts (added, removed, modified, changed_practices, rating_changes) compare
-- it with: the version before it, except for a change that stuck after the page went back and
-- forth, which is compared with the text the page last kept (lib/history/back-and-forth.ts).
-- Null for a company's first version. The history loader rewrites every row (its fingerprint
-- covers lib/history), so this backfill only keeps a database between the two consistent.
ALTER TABLE "policy_version" ADD COLUMN "compared_to_seq" INTEGER;
UPDATE "policy_version" SET "compared_to_seq" = "seq" - 1 WHERE "seq" > 1;
