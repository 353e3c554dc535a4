-- A version whose text is not in English (a translation the page served for a while: TikTok's
-- French policy of 2021-11-02) is not a change by the company: it is left out of /changes, the
-- feeds, the counts and the ratings over time (lib/history/other-language.ts). The history loader
-- rewrites every row (its fingerprint covers lib/history), so false is only a placeholder.
ALTER TABLE "policy_version" ADD COLUMN "other_language" BOOLEAN NOT NULL DEFAULT false;
