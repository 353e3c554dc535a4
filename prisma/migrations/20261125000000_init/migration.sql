-- CreateEnum
CREATE TYPE "rating" AS ENUM ('protective', 'neutral', 'concerning', 'not-addressed');

-- CreateTable
CREATE TABLE "company" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legal_name" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy" (
    "id" SERIAL NOT NULL,
    "company_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source_url" TEXT,
    "archive_url" TEXT,
    "archived_on" DATE,
    "effective_date" DATE,
    "effective_date_label" TEXT,
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    CONSTRAINT "policy_pkey" PRIMARY KEY ("id")
);

-- array_to_string is only STABLE; a generated column needs an IMMUTABLE expression.
CREATE FUNCTION "heading_text"(TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

-- CreateTable
CREATE TABLE "clause" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "heading_path" TEXT[],
    "text" TEXT NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, "heading_text"("heading_path")), 'A') ||
        setweight(to_tsvector('english'::regconfig, "text"), 'B')
    ) STORED,
    CONSTRAINT "clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "core" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clause_practice" (
    "clause_id" INTEGER NOT NULL,
    "practice_id" INTEGER NOT NULL,
    CONSTRAINT "clause_practice_pkey" PRIMARY KEY ("clause_id","practice_id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" SERIAL NOT NULL,
    "company_id" INTEGER NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "rating" "rating" NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_evidence" (
    "finding_id" INTEGER NOT NULL,
    "clause_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    CONSTRAINT "finding_evidence_pkey" PRIMARY KEY ("finding_id","clause_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "company_slug_key" ON "company"("slug");
CREATE INDEX "company_name_idx" ON "company"("name");
CREATE UNIQUE INDEX "policy_company_id_key" ON "policy"("company_id");
CREATE UNIQUE INDEX "clause_policy_id_anchor_key" ON "clause"("policy_id", "anchor");
CREATE INDEX "clause_policy_id_position_idx" ON "clause"("policy_id", "position");
CREATE INDEX "clause_search_idx" ON "clause" USING GIN ("search");
CREATE UNIQUE INDEX "practice_slug_key" ON "practice"("slug");
CREATE INDEX "clause_practice_practice_id_idx" ON "clause_practice"("practice_id");
CREATE UNIQUE INDEX "finding_company_id_practice_id_key" ON "finding"("company_id", "practice_id");
CREATE INDEX "finding_practice_id_idx" ON "finding"("practice_id");
CREATE INDEX "finding_evidence_clause_id_idx" ON "finding_evidence"("clause_id");

-- AddForeignKey
ALTER TABLE "policy" ADD CONSTRAINT "policy_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "clause" ADD CONSTRAINT "clause_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "clause_practice" ADD CONSTRAINT "clause_practice_clause_id_fkey" FOREIGN KEY ("clause_id") REFERENCES "clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "clause_practice" ADD CONSTRAINT "clause_practice_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finding" ADD CONSTRAINT "finding_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finding" ADD CONSTRAINT "finding_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_clause_id_fkey" FOREIGN KEY ("clause_id") REFERENCES "clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The data version changes whenever a seed writes; caches key on it.
CREATE TABLE "app_meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "app_meta_pkey" PRIMARY KEY ("key")
);
