-- Policy history (docs/history.md): every recorded version of every policy, stored compactly.
-- A clause text is stored once however many versions hold it (keyed by the SHA-256 of its
-- text); a version is its ordered list of those clauses.
CREATE TABLE "history_clause" (
    "id" SERIAL PRIMARY KEY,
    "hash" TEXT NOT NULL UNIQUE,
    "text" TEXT NOT NULL,
    -- The section the clause sat under where it first appeared (for display only).
    "heading" TEXT NOT NULL DEFAULT '',
    -- Machine practice tags, classified once per distinct text; curated tags for the five.
    "practices" TEXT[] NOT NULL DEFAULT '{}'
);

CREATE TABLE "policy_version" (
    "id" SERIAL PRIMARY KEY,
    "company_id" INTEGER NOT NULL REFERENCES "company"("id") ON DELETE CASCADE,
    -- 1 for the oldest recorded version; histories only grow, so (company, seq) keeps its id.
    "seq" INTEGER NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    -- first: tracking started; change: the text changed; technical: Open Terms Archive
    -- changed how it extracts the page (a re-extraction, not a change by the company).
    "kind" TEXT NOT NULL CHECK ("kind" IN ('first', 'change', 'technical')),
    "sha256" TEXT NOT NULL,
    "clause_ids" INTEGER[] NOT NULL,
    -- Against the previous version: clauses added, removed and modified (an edit is one
    -- modified clause, not one added and one removed), and the practices those clauses touch.
    "added" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,
    "modified" INTEGER NOT NULL DEFAULT 0,
    "changed_practices" TEXT[] NOT NULL DEFAULT '{}',
    -- Machine-read companies: the suggested rating per practice at this version.
    "ratings" JSONB,
    UNIQUE ("company_id", "seq")
);
CREATE INDEX "policy_version_recorded_idx" ON "policy_version"("recorded_at" DESC, "id" DESC);
CREATE INDEX "policy_version_practices_idx" ON "policy_version" USING GIN ("changed_practices");

-- A digest of what a company's stored history was built from (its history file and the code
-- that segments and tags it): the history loader skips a company whose digest is unchanged.
ALTER TABLE "company" ADD COLUMN "history_hash" TEXT;
