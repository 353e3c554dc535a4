-- A version whose clauses are those the page showed within the 30 days before it (a page that
-- alternates between two texts, or undoes a change within days) names the version it returns to.
-- The atlas-wide changes, the feeds and the company page's latest changes leave these out;
-- the company's timeline shows them as returns (lib/history/build-company-history.ts).
ALTER TABLE "policy_version" ADD COLUMN "returns_to_seq" INTEGER;
