-- Curated (a person read the policy and wrote the finding) or machine (drafted by the
-- classifier and the rating rules, not reviewed). See docs/corpus.md.
CREATE TYPE "provenance" AS ENUM ('curated', 'machine');

-- Every company belongs to one sector of the fixed list in lib/sectors.ts (seeds/sectors.json).
ALTER TABLE "company"
    ADD COLUMN "sector" TEXT NOT NULL DEFAULT 'other',
    ADD COLUMN "provenance" "provenance" NOT NULL DEFAULT 'curated',
    -- A digest of everything a machine-read company was built from (its history file, name,
    -- sector, the model and the rules): the corpus seed rereads a company only when it changes.
    ADD COLUMN "corpus_hash" TEXT;
CREATE INDEX "company_sector_idx" ON "company"("sector");
CREATE INDEX "company_provenance_idx" ON "company"("provenance");

-- Who recorded the policy text, when not the Wayback Machine archive of the curated seed.
ALTER TABLE "policy" ADD COLUMN "recorded_by" TEXT;

ALTER TABLE "finding"
    ADD COLUMN "provenance" "provenance" NOT NULL DEFAULT 'curated',
    -- Machine findings only: why the rules chose the rating, how sure the reading is (0–1),
    -- and the facts that decided it, each with its exact quote: [{ "kind", "value", "quote" }].
    ADD COLUMN "reason" TEXT,
    ADD COLUMN "confidence" REAL,
    ADD COLUMN "facts" JSONB;
CREATE INDEX "finding_provenance_idx" ON "finding"("provenance");

-- The classifier's probability for a machine tag; NULL for a tag a person gave.
ALTER TABLE "clause_practice" ADD COLUMN "probability" REAL;
