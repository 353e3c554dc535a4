-- A version that holds no policy (Open Terms Archive captured an error page, a cookie wall or the
-- statement's first paragraph only: Instagram's cookie wall of 2026-05-02) is not a change by the
-- company: it is left out of /changes, the feeds, the counts and the ratings over time, as a
-- translation is (lib/history/failed-capture.ts). The history loader rewrites every row (its
-- fingerprint covers lib/history), so false is only a placeholder.
ALTER TABLE "policy_version" ADD COLUMN "capture_failed" BOOLEAN NOT NULL DEFAULT false;
