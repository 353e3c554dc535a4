-- Some pages go back and forth between texts (a variant served on alternate days, a text
-- withdrawn within hours): lib/history/back-and-forth.ts finds them at load. `returns_to_seq`
-- names the version whose clauses a return brings back; `back_and_forth` marks the versions that
-- /changes, the feeds and the company page's latest changes leave out.
ALTER TABLE "policy_version" ADD COLUMN "returns_to_seq" INTEGER;
ALTER TABLE "policy_version" ADD COLUMN "back_and_forth" BOOLEAN NOT NULL DEFAULT false;
