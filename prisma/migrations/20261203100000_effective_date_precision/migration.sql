-- How much of `effective_date` the policy stated: 'day', or 'month' for a policy that gives only
-- a month ("Last updated: June 2026"), stored as that month's 1st, which is never shown as a day
-- (lib/seed/parse-effective-date.ts; docs/corpus.md). Every date stored before this was a day.
ALTER TABLE "policy" ADD COLUMN "effective_date_precision" TEXT NOT NULL DEFAULT 'day';
ALTER TABLE "policy" ADD CONSTRAINT "policy_effective_date_precision_check"
  CHECK ("effective_date_precision" IN ('day', 'month'));
