-- Machine-read companies: how the suggested ratings moved at this version, against the version
-- before it: [{ "practice", "before", "after" }] (empty when no rating changed; docs/history.md).
ALTER TABLE "policy_version" ADD COLUMN "rating_changes" JSONB NOT NULL DEFAULT '[]';
