-- A machine-read company whose recorded text reads as something other than a privacy policy:
-- fewer than one clause in five speaks to any of the 14 practices (terms of service, a
-- documentation page, an index of notices kept elsewhere), so its findings say little
-- (lib/reading/practice-coverage.ts decides; the seed rewrites it after every load).
ALTER TABLE "company" ADD COLUMN "may_not_be_privacy_policy" BOOLEAN NOT NULL DEFAULT false;
