-- A machine-read company whose latest recording by Open Terms Archive is more than a year older
-- than the corpus's newest: the service's current policy may differ from the text we read
-- (lib/corpus/company-relations.ts decides; the seed rewrites it after every load).
ALTER TABLE "company" ADD COLUMN "recorded_long_ago" BOOLEAN NOT NULL DEFAULT false;

-- A newer recording of the same service under another slug, from the reviewed
-- seeds/corpus/services.json (ProtonMail → proton-mail). A slug, as the seed validates it.
ALTER TABLE "company" ADD COLUMN "superseded_by" TEXT;
