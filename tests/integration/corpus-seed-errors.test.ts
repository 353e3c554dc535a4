import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "../../lib/seed/run-seed";
import { SeedError } from "../../lib/seed/seed-error";
import { snapshot, type DbSnapshot } from "../helpers/db-snapshot";
import { copySeeds, type SeedCopy } from "../helpers/seed-copy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/*
 * The corpus is machine-read in worker threads while the seed's transaction writes what has
 * been read (lib/corpus/read-in-parallel.ts). A small corpus of the 30 shortest policies (enough
 * for two workers) keeps this quick.
 */
type Services = {
  services: Array<{ slug: string; latestBytes: number; supersededBy?: string }>;
};
type Sectors = { companies: Record<string, string> };

let db: TestDatabase;
let curatedOnly: DbSnapshot;
const copies: SeedCopy[] = [];

function smallCorpus(): { copy: SeedCopy; slugs: string[] } {
  const copy = copySeeds();
  copies.push(copy);
  let slugs: string[] = [];
  copy.editJson<Services>("corpus/services.json", (s) => {
    s.services = [...s.services].sort((a, b) => a.latestBytes - b.latestBytes).slice(0, 30);
    s.services.sort((a, b) => a.slug.localeCompare(b.slug));
    slugs = s.services.map((x) => x.slug);
  });
  const curated = ["centercode", "code42", "dotcloud", "ibackup", "mozy"];
  copy.editJson<Sectors>("sectors.json", (s) => {
    s.companies = Object.fromEntries(
      Object.entries(s.companies).filter(
        ([slug]) => slugs.includes(slug) || curated.includes(slug),
      ),
    );
  });
  return { copy, slugs };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await runSeed(db.url, { corpus: false });
  curatedOnly = await snapshot(db);
});

afterAll(async () => {
  for (const c of copies) c.remove();
  await db?.drop();
});

describe("machine reading inside the seed's transaction", () => {
  it("stops at a bad history file, names it, and rolls back everything written before it", async () => {
    const { copy, slugs } = smallCorpus();
    // Late in the order: the curated companies and any batch before it are written first.
    const bad = slugs[27]!;
    writeFileSync(path.join(copy.dir, "corpus", "history", `${bad}.jsonl.br`), "not brotli");
    const error = await runSeed(db.url, { seedDir: copy.dir, corpus: true, force: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toBe(
      `seeds/corpus/history/${bad}.jsonl.br: is not Brotli-compressed (expected a .jsonl.br file)`,
    );
    expect(await snapshot(db)).toEqual(curatedOnly);
  }, 300_000);

  it("refuses a newer recording (supersededBy) that names no other service, writing nothing", async () => {
    const { copy, slugs } = smallCorpus();
    copy.editJson<Services>("corpus/services.json", (s) => {
      s.services[3]!.supersededBy = "no-such-service";
    });
    const error = await runSeed(db.url, { seedDir: copy.dir, corpus: true, force: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toMatch(
      /^seeds\/corpus\/services\.json: services(\.|\[)3\]?\.supersededBy: "no-such-service" must be another service of this file/,
    );
    expect(await snapshot(db)).toEqual(curatedOnly);
    copy.editJson<Services>("corpus/services.json", (s) => {
      s.services[3]!.supersededBy = slugs[3]!;
    });
    await expect(runSeed(db.url, { seedDir: copy.dir, corpus: true, force: true })).rejects.toThrow(
      /must be another service of this file/,
    );
  }, 300_000);

  it("loads every company of a good corpus, in the corpus's order", async () => {
    const { copy, slugs } = smallCorpus();
    const outcome = await runSeed(db.url, { seedDir: copy.dir, corpus: true, force: true });
    expect(outcome).toMatchObject({ skipped: false, corpus: { companies: 30, written: 30 } });
    const rows = await db.query<{ slug: string; findings: number }>(
      `SELECT c.slug, (SELECT count(*) FROM finding f WHERE f.company_id = c.id)::int AS findings
       FROM company c WHERE c.provenance = 'machine' ORDER BY c.id`,
    );
    expect(rows.map((r) => r.slug)).toEqual(slugs);
    expect(rows.every((r) => r.findings === 14)).toBe(true);
  }, 300_000);

  it("stores a reviewed newer recording and which recordings are long before the newest", async () => {
    const { copy, slugs } = smallCorpus();
    copy.editJson<Services>("corpus/services.json", (s) => {
      s.services[0]!.supersededBy = slugs[1]!;
    });
    await runSeed(db.url, { seedDir: copy.dir, corpus: true, force: true });
    const rows = await db.query<{
      slug: string;
      superseded_by: string | null;
      recorded_long_ago: boolean;
      archived_on: string;
    }>(
      `SELECT c.slug, c.superseded_by, c.recorded_long_ago, to_char(p.archived_on, 'YYYY-MM-DD') AS archived_on
       FROM company c JOIN policy p ON p.company_id = c.id WHERE c.provenance = 'machine' ORDER BY c.id`,
    );
    expect(rows.filter((r) => r.superseded_by).map((r) => [r.slug, r.superseded_by])).toEqual([
      [slugs[0], slugs[1]],
    ]);
    // The rule, against this corpus's own newest recording: more than a year before it.
    const newest = rows.map((r) => r.archived_on).reduce((a, b) => (a > b ? a : b));
    const yearBefore = `${Number(newest.slice(0, 4)) - 1}${newest.slice(4)}`;
    const old = rows.filter((r) => r.archived_on < yearBefore).map((r) => r.slug);
    expect(old.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.recorded_long_ago).map((r) => r.slug)).toEqual(old);
  }, 300_000);
});
