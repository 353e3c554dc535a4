import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OlderSeedFilesError, runSeed, seedFingerprint } from "../../lib/seed/run-seed";
import { snapshot } from "../helpers/db-snapshot";
import { copySeeds, type SeedCopy } from "../helpers/seed-copy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/*
 * Releases seed a shared database: two may run at once, and an old release may run after a new
 * one. Seeders take turns (an advisory lock), and files that newer files replaced are refused.
 */

let db: TestDatabase;
let older: SeedCopy;
let newer: SeedCopy;

beforeAll(async () => {
  db = await createTestDatabase();
  older = copySeeds();
  newer = copySeeds();
  newer.editJson("annotations/mozy.json", (a) => {
    a.findings[0].summary = "Changed by the newer release: a summary the older files do not have.";
  });
});
afterAll(async () => {
  older.remove();
  newer.remove();
  await db.drop();
});

const companies = async () =>
  (await db.query<{ n: string }>("SELECT count(*) AS n FROM company"))[0]!.n;

describe("seeding during releases", () => {
  it("lets several seeders start at once on an empty database: they take turns and all succeed", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 3 }, () => runSeed(db.url, { seedDir: older.dir })),
    );
    expect(outcomes.map((o) => !o.skipped && o.changed).sort()).toEqual([false, false, true]);
    expect(await companies()).toBe("5");
  });

  it("loads a newer set of files, even while another seeder of it runs", async () => {
    const [a, b] = await Promise.all([
      runSeed(db.url, { seedDir: newer.dir, onlyIfStale: true }),
      runSeed(db.url, { seedDir: newer.dir, onlyIfStale: true }),
    ]);
    expect([a, b].filter((o) => !o.skipped)).toHaveLength(1);
    const [current] = await db.query<{ value: string }>(
      "SELECT value FROM app_meta WHERE key = 'seed_fingerprint'",
    );
    // As runSeed computes it: the suites run with SEED_CORPUS=off.
    expect(current?.value).toBe(seedFingerprint(newer.dir, process.env.SEED_CORPUS !== "off"));
  });

  it("refuses to put back older files that a newer set replaced, and writes nothing", async () => {
    const before = await snapshot(db);
    const error = await runSeed(db.url, { seedDir: older.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OlderSeedFilesError);
    expect((error as Error).message).toMatch(/newer seed files .* --force/);
    await expect(runSeed(db.url, { seedDir: older.dir, onlyIfStale: true })).rejects.toThrow(
      OlderSeedFilesError,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it("loads the older files when forced, and then refuses the newer ones in turn", async () => {
    const forced = await runSeed(db.url, { seedDir: older.dir, force: true });
    expect(forced).toMatchObject({ skipped: false, changed: true });
    const summary = await db.query<{ summary: string }>(
      "SELECT f.summary FROM finding f JOIN company c ON c.id = f.company_id WHERE c.slug = 'mozy'",
    );
    expect(summary.map((r) => r.summary).join()).not.toContain("newer release");
    await expect(runSeed(db.url, { seedDir: newer.dir })).rejects.toThrow(OlderSeedFilesError);
  });

  it("accepts files it has never seen as new, whatever their age", async () => {
    const third = copySeeds();
    try {
      third.editJson("annotations/code42.json", (a) => {
        a.company.name = "Code 42 (renamed by a test)";
      });
      expect(await runSeed(db.url, { seedDir: third.dir })).toMatchObject({ changed: true });
    } finally {
      third.remove();
    }
  });
});
