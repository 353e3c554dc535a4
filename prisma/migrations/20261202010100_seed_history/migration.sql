-- Every set of seed files ever loaded, by fingerprint, with when it was last loaded. The seed
-- refuses to load a set that an already-loaded, newer set replaced (unless forced), so an old
-- release cannot put its older data back (docs/decisions/0006-serving-and-releasing.md).
CREATE TABLE "seed_history" (
    "fingerprint" TEXT NOT NULL,
    "loaded_at" TIMESTAMPTZ NOT NULL DEFAULT now(),

    CONSTRAINT "seed_history_pkey" PRIMARY KEY ("fingerprint")
);

-- The set loaded before this migration is the current one.
INSERT INTO "seed_history" ("fingerprint")
SELECT "value" FROM "app_meta" WHERE "key" = 'seed_fingerprint';
