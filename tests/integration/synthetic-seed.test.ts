import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { buildSeedPlan } from "../../lib/seed/build-seed-plan";
import { buildSyntheticPlan } from "../../lib/seed/synthetic/plan";
import { seedSynthetic, type SyntheticSeedResult } from "../../lib/seed/synthetic/seed";
import { writeSynthetic } from "../../lib/seed/synthetic/write";
import { REPO_SEED_DIR } from "../helpers/seed-copy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const PRACTICES: Array<{ slug: string }> = JSON.parse(
  readFileSync(path.join(REPO_SEED_DIR, "practices.json"), "utf8"),
);
const COMPANIES = 25;

/** Everything the synthetic rows hold, without the generated ids, so two loads can be compared. */
const content = (db: TestDatabase) =>
  db.query(`
    SELECT co.slug, co.name, co.legal_name, co.website, p.title, p.content_hash,
      (SELECT json_agg(json_build_array(c.position, c.anchor, c.heading_path, c.text,
              (SELECT json_agg(pr.slug ORDER BY pr.slug) FROM clause_practice cp JOIN practice pr ON pr.id = cp.practice_id WHERE cp.clause_id = c.id))
              ORDER BY c.position) FROM clause c WHERE c.policy_id = p.id) AS clauses,
      (SELECT json_agg(json_build_array(pr.slug, f.rating, f.summary,
              (SELECT json_agg(json_build_array(c.anchor, fe.position, fe.quote) ORDER BY fe.position) FROM finding_evidence fe JOIN clause c ON c.id = fe.clause_id WHERE fe.finding_id = f.id))
              ORDER BY pr.position) FROM finding f JOIN practice pr ON pr.id = f.practice_id WHERE f.company_id = co.id) AS findings
    FROM company co JOIN policy p ON p.company_id = co.id WHERE co.synthetic ORDER BY co.slug`);

const dataVersion = async (db: TestDatabase) =>
  (await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = 'data_version'`))[0]
    ?.value;

let db: TestDatabase;
let first: SyntheticSeedResult;
let second: SyntheticSeedResult;
let contentAfterFirst: unknown[];
let versionAfterFirst: string | undefined;
const notified: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  first = await seedSynthetic(db.url, { companies: COMPANIES });
  contentAfterFirst = await content(db);
  versionAfterFirst = await dataVersion(db);
  const listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on("notification", (n) => notified.push(n.payload ?? ""));
  await listener.query("LISTEN policy_atlas_data");
  second = await seedSynthetic(db.url, { companies: COMPANIES });
  await new Promise((r) => setTimeout(r, 200));
  await listener.end();
});

afterAll(async () => {
  await db?.drop();
});

describe("the synthetic seed", () => {
  it("loads the requested number of synthetic companies beside the five real ones", async () => {
    const rows = await db.query<{ synthetic: boolean; n: string }>(
      `SELECT synthetic, count(*) AS n FROM company GROUP BY synthetic ORDER BY synthetic`,
    );
    expect(rows.map((r) => [r.synthetic, Number(r.n)])).toEqual([
      [false, 5],
      [true, COMPANIES],
    ]);
    expect(first.companies).toBe(COMPANIES);
    const [counts] = await db.query<{ clauses: string; findings: string; evidence: string }>(`
      SELECT (SELECT count(*) FROM clause c JOIN policy p ON p.id = c.policy_id JOIN company co ON co.id = p.company_id WHERE co.synthetic) AS clauses,
             (SELECT count(*) FROM finding f JOIN company co ON co.id = f.company_id WHERE co.synthetic) AS findings,
             (SELECT count(*) FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id JOIN company co ON co.id = f.company_id WHERE co.synthetic) AS evidence`);
    expect(Number(counts!.clauses)).toBe(second.clauses);
    expect(Number(counts!.findings)).toBe(COMPANIES * PRACTICES.length);
    expect(Number(counts!.evidence)).toBe(second.evidence);
    expect(second.clauses / COMPANIES).toBeGreaterThan(35);
    expect(second.clauses / COMPANIES).toBeLessThan(50);
  });

  it("gives every synthetic company a policy and exactly one finding for every practice", async () => {
    const rows = await db.query<{ slug: string; practices: string[] }>(`
      SELECT co.slug, array_agg(pr.slug ORDER BY pr.position) AS practices
      FROM company co JOIN policy p ON p.company_id = co.id LEFT JOIN finding f ON f.company_id = co.id LEFT JOIN practice pr ON pr.id = f.practice_id
      WHERE co.synthetic GROUP BY co.slug ORDER BY co.slug`);
    expect(rows).toHaveLength(COMPANIES);
    for (const r of rows) expect(r.practices, r.slug).toEqual(PRACTICES.map((p) => p.slug));
  });

  it("takes evidence only from the company's own clauses: 1–3 for a rated finding, none when not addressed", async () => {
    const foreign = await db.query(`
      SELECT 1 FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id JOIN clause c ON c.id = fe.clause_id JOIN policy p ON p.id = c.policy_id
      WHERE p.company_id <> f.company_id`);
    expect(foreign).toEqual([]);
    const wrong = await db.query<{ rating: string; n: string }>(`
      SELECT f.rating::text, count(fe.clause_id) AS n FROM finding f JOIN company co ON co.id = f.company_id LEFT JOIN finding_evidence fe ON fe.finding_id = f.id
      WHERE co.synthetic GROUP BY f.id, f.rating
      HAVING (f.rating = 'not-addressed' AND count(fe.clause_id) > 0) OR (f.rating <> 'not-addressed' AND count(fe.clause_id) NOT BETWEEN 1 AND 3)`);
    expect(wrong).toEqual([]);
  });

  it("makes clauses searchable like real ones", async () => {
    const [row] = await db.query<{ n: string }>(`
      SELECT count(*) AS n FROM clause c JOIN policy p ON p.id = c.policy_id JOIN company co ON co.id = p.company_id
      WHERE co.synthetic AND c.search @@ plainto_tsquery('english', 'cookies')`);
    expect(Number(row!.n)).toBeGreaterThan(0);
  });

  it("leaves planner statistics that count the synthetic rows", async () => {
    for (const table of ["company", "clause", "finding"]) {
      const [row] = await db.query<{ estimated: number; actual: string }>(
        `SELECT (SELECT reltuples FROM pg_class WHERE relname = $1) AS estimated,
                (SELECT count(*) FROM "${table}") AS actual`,
        [table],
      );
      expect(row!.estimated, table).toBe(Number(row!.actual));
    }
  });

  it("replaces its own rows when run again, writing the same content", async () => {
    expect(await content(db)).toEqual(contentAfterFirst);
    expect(second).toMatchObject({
      companies: first.companies,
      clauses: first.clauses,
      tags: first.tags,
      findings: first.findings,
      evidence: first.evidence,
    });
  });

  it("bumps the data version on every run and tells running apps", async () => {
    expect(versionAfterFirst).toBe(first.dataVersion);
    expect(await dataVersion(db)).toBe(second.dataVersion);
    expect(Number(second.dataVersion)).toBeGreaterThan(Number(first.dataVersion));
    expect(notified).toContain(second.dataVersion);
  });

  it("leaves the real companies untouched and removes synthetic companies a smaller run no longer has", async () => {
    const real = () =>
      db.query(
        `SELECT co.slug, count(c.id) AS clauses FROM company co JOIN policy p ON p.company_id = co.id JOIN clause c ON c.policy_id = p.id WHERE NOT co.synthetic GROUP BY co.slug ORDER BY co.slug`,
      );
    const before = await real();
    await seedSynthetic(db.url, { companies: 3 });
    expect(await real()).toEqual(before);
    const slugs = await db.query<{ slug: string }>(
      `SELECT slug FROM company WHERE synthetic ORDER BY slug`,
    );
    expect(slugs.map((r) => r.slug)).toEqual([
      "synthetic-0001",
      "synthetic-0002",
      "synthetic-0003",
    ]);
  });
});

describe("writing synthetic companies into a database without practices", () => {
  it("fails with a message saying to load the real seed first, and writes nothing", async () => {
    const empty = await createTestDatabase();
    const client = createPrismaClient(empty.url, 1);
    try {
      const plan = buildSyntheticPlan(buildSeedPlan(REPO_SEED_DIR), { companies: 2 });
      await expect(writeSynthetic(client, plan)).rejects.toThrow(/load the real seed/);
      expect(await empty.query(`SELECT * FROM company`)).toEqual([]);
    } finally {
      await client.$disconnect();
      await empty.drop();
    }
  });
});
