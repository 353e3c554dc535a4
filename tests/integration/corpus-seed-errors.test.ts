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
type Services = { services: Array<{ slug: string; latestBytes: number }> };
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
});
