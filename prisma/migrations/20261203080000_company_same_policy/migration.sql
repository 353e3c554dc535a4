-- The other companies whose stored policy text is the very same (equal content_hash): Gmail,
-- Google Voice and Blogger all record Google's privacy policy. Slugs, ordered by name; empty
-- for a company whose text is its own. The seed rewrites it after every load of the companies
-- (lib/corpus/company-relations.ts), so this default only keeps an unseeded database valid.
ALTER TABLE "company" ADD COLUMN "same_policy_as" TEXT[] NOT NULL DEFAULT '{}';
