import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_TABLES } from "../../lib/db/planner-statistics";
import { RATINGS } from "../../lib/ratings";
import { runSeed, type SeedOutcome } from "../../lib/seed/run-seed";
import { snapshot, type DbSnapshot } from "../helpers/db-snapshot";
import { copySeeds, REPO_SEED_DIR, type SeedCopy } from "../helpers/seed-copy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const COMPANIES = ["centercode", "code42", "dotcloud", "ibackup", "mozy"];
const PRACTICES: Array<{ slug: string }> = JSON.parse(
  readFileSync(path.join(REPO_SEED_DIR, "practices.json"), "utf8"),
);

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** The words of a markdown document with markup, link targets and escapes removed. */
function markdownText(md: string): string {
  return squash(
    md
      .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, "$1")
      .replace(/<[^>]+>/g, " ")
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
      .replace(/\*+/g, "")
      .replace(/(^|[^\w])_+|_+(?=[^\w]|$)/gm, "$1")
      .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-+]\s+)/gm, ""),
  );
}

type Ids = { company: number[]; policy: number[]; clause: number[]; finding: number[] };

async function ids(db: TestDatabase): Promise<Ids> {
  const col = async (table: string) =>
    (await db.query<{ id: number }>(`SELECT id FROM "${table}" ORDER BY id`)).map((r) => r.id);
  return {
    company: await col("company"),
    policy: await col("policy"),
    clause: await col("clause"),
    finding: await col("finding"),
  };
}

const anchorsByCompany = async (db: TestDatabase) =>
  db.query<{ slug: string; id: number; anchor: string }>(
    `SELECT co.slug, cl.id, cl.anchor FROM clause cl JOIN policy p ON p.id = cl.policy_id JOIN company co ON co.id = p.company_id ORDER BY co.slug, cl.position`,
  );

let db: TestDatabase;
let first: SeedOutcome;
let second: SeedOutcome;
let afterFirst: DbSnapshot;
let idsAfterFirst: Ids;
let anchorsAfterFirst: Awaited<ReturnType<typeof anchorsByCompany>>;

beforeAll(async () => {
  db = await createTestDatabase();
  first = await runSeed(db.url);
  afterFirst = await snapshot(db);
  idsAfterFirst = await ids(db);
  anchorsAfterFirst = await anchorsByCompany(db);
  second = await runSeed(db.url);
});

afterAll(async () => {
  await db?.drop();
});

describe("the first seed run", () => {
  it("reports that it wrote data, with a summary line per company", () => {
    expect(first.skipped).toBe(false);
    if (first.skipped) return;
    expect(first.changed).toBe(true);
    expect(first.companies.map((c) => c.slug).sort()).toEqual(COMPANIES);
    for (const c of first.companies) {
      expect(c.findings, c.slug).toBe(PRACTICES.length);
      expect(c.clauses, c.slug).toBeGreaterThan(10);
      expect(c.evidence, c.slug).toBeGreaterThan(0);
    }
  });

  it("loads the five companies", async () => {
    const rows = await db.query<{ slug: string; name: string; synthetic: boolean }>(
      `SELECT slug, name, synthetic FROM company ORDER BY slug`,
    );
    expect(rows.map((r) => r.slug)).toEqual(COMPANIES);
    expect(rows.every((r) => !r.synthetic && r.name.length > 1)).toBe(true);
  });

  it("loads the 14 practices in the order of practices.json", async () => {
    const rows = await db.query<{ slug: string; position: number }>(
      `SELECT slug, position FROM practice ORDER BY position`,
    );
    expect(PRACTICES).toHaveLength(14);
    expect(rows.map((r) => r.slug)).toEqual(PRACTICES.map((p) => p.slug));
    expect(rows.map((r) => r.position)).toEqual(PRACTICES.map((_, i) => i));
  });

  it("stores each company's policy file verbatim with its sha256 content hash", async () => {
    const rows = await db.query<{ slug: string; text: string; content_hash: string }>(
      `SELECT co.slug, p.text, p.content_hash FROM policy p JOIN company co ON co.id = p.company_id ORDER BY co.slug`,
    );
    expect(rows.map((r) => r.slug)).toEqual(COMPANIES);
    for (const r of rows) {
      const file = readFileSync(path.join(REPO_SEED_DIR, "policies", `${r.slug}.md`), "utf8");
      expect(r.text, r.slug).toBe(file);
      expect(r.content_hash, r.slug).toBe(createHash("sha256").update(file).digest("hex"));
    }
  });

  it("stores the archive date, snapshot link and stated dates of each policy", async () => {
    const rows = await db.query<{
      slug: string;
      archived_on: string;
      archive_url: string;
      source_url: string | null;
      effective_date: string | null;
      effective_date_label: string | null;
    }>(
      `SELECT co.slug, to_char(p.archived_on, 'YYYY-MM-DD') AS archived_on, p.archive_url, p.source_url,
              to_char(p.effective_date, 'YYYY-MM-DD') AS effective_date, p.effective_date_label
         FROM policy p JOIN company co ON co.id = p.company_id ORDER BY co.slug`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(by.code42).toMatchObject({
      archived_on: "2012-12-23",
      effective_date: "2011-01-17",
      effective_date_label: "Effective",
      source_url: "http://www.crashplan.com/privacy.html",
    });
    expect(by.dotcloud).toMatchObject({
      archived_on: "2012-10-28",
      effective_date: "2011-08-29",
      effective_date_label: "Effective",
    });
    expect(by.ibackup).toMatchObject({
      archived_on: "2017-02-05",
      effective_date: "2012-01-09",
      effective_date_label: "Last modified",
    });
    expect(by.mozy).toMatchObject({ archived_on: "2016-11-27" });
    expect(by.centercode).toMatchObject({ archived_on: "2014-06-19" });
    for (const r of rows)
      expect(r.archive_url, r.slug).toMatch(/^https:\/\/web\.archive\.org\/web\/\d+/);
  });

  it("loads the clauses of every policy, numbered 1..n without gaps", async () => {
    const rows = await db.query<{
      slug: string;
      n: number;
      min: number;
      max: number;
      distinct_positions: number;
    }>(
      `SELECT co.slug, count(*)::int AS n, min(cl.position) AS min, max(cl.position) AS max, count(DISTINCT cl.position)::int AS distinct_positions
         FROM clause cl JOIN policy p ON p.id = cl.policy_id JOIN company co ON co.id = p.company_id GROUP BY co.slug ORDER BY co.slug`,
    );
    expect(rows.map((r) => r.slug)).toEqual(COMPANIES);
    for (const r of rows) {
      expect(r.n, r.slug).toBeGreaterThan(10);
      expect([r.min, r.max, r.distinct_positions], r.slug).toEqual([1, r.n, r.n]);
    }
    if (!first.skipped) {
      for (const c of first.companies)
        expect(rows.find((r) => r.slug === c.slug)?.n, c.slug).toBe(c.clauses);
    }
  });

  it("records a finding for every company and practice, and nothing else", async () => {
    const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM finding`)) as [
      { n: number },
    ];
    expect(n).toBe(COMPANIES.length * PRACTICES.length);
    const missing = await db.query(
      `SELECT co.slug, pr.slug FROM company co CROSS JOIN practice pr
        WHERE NOT EXISTS (SELECT 1 FROM finding f WHERE f.company_id = co.id AND f.practice_id = pr.id)`,
    );
    expect(missing).toEqual([]);
  });

  it("uses only the four ratings, and uses more than one of them", async () => {
    const rows = await db.query<{ rating: string }>(
      `SELECT DISTINCT rating::text AS rating FROM finding`,
    );
    const used = rows.map((r) => r.rating);
    for (const r of used) expect(RATINGS).toContain(r);
    expect(used.length).toBeGreaterThan(1);
  });

  it("gives not-addressed findings no evidence and every other finding at least one quote", async () => {
    const rows = await db.query<{
      slug: string;
      practice: string;
      rating: string;
      evidence: number;
    }>(
      `SELECT co.slug, pr.slug AS practice, f.rating::text AS rating, count(fe.clause_id)::int AS evidence
         FROM finding f JOIN company co ON co.id = f.company_id JOIN practice pr ON pr.id = f.practice_id
         LEFT JOIN finding_evidence fe ON fe.finding_id = f.id GROUP BY co.slug, pr.slug, f.rating`,
    );
    expect(rows).toHaveLength(COMPANIES.length * PRACTICES.length);
    expect(rows.some((r) => r.rating === "not-addressed")).toBe(true);
    for (const r of rows) {
      const where = `${r.slug}/${r.practice} (${r.rating})`;
      if (r.rating === "not-addressed") expect(r.evidence, where).toBe(0);
      else expect(r.evidence, where).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives every finding a summary", async () => {
    const rows = await db.query<{ summary: string }>(`SELECT summary FROM finding`);
    for (const r of rows) expect(r.summary.trim().length).toBeGreaterThanOrEqual(20);
  });

  it("takes every evidence quote from a clause of the same company's policy that contains it", async () => {
    const rows = await db.query<{
      finding_company: string;
      clause_company: string;
      quote: string;
      text: string;
    }>(
      `SELECT fc.slug AS finding_company, cc.slug AS clause_company, fe.quote, cl.text
         FROM finding_evidence fe
         JOIN finding f ON f.id = fe.finding_id JOIN company fc ON fc.id = f.company_id
         JOIN clause cl ON cl.id = fe.clause_id JOIN policy p ON p.id = cl.policy_id JOIN company cc ON cc.id = p.company_id`,
    );
    expect(rows.length).toBeGreaterThan(COMPANIES.length * 5);
    for (const r of rows) {
      expect(r.clause_company).toBe(r.finding_company);
      expect(squash(r.text), `${r.finding_company}: ${r.quote}`).toContain(squash(r.quote));
    }
  });

  it("quotes only words that occur, in order, in the policy file once markdown is stripped", async () => {
    const rows = await db.query<{ slug: string; quote: string }>(
      `SELECT co.slug, fe.quote FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id JOIN company co ON co.id = f.company_id`,
    );
    const texts = new Map(
      COMPANIES.map((s) => [
        s,
        markdownText(readFileSync(path.join(REPO_SEED_DIR, "policies", `${s}.md`), "utf8")),
      ]),
    );
    for (const r of rows) expect(texts.get(r.slug), r.quote).toContain(markdownText(r.quote));
  });

  it("stores clause text that occurs in the policy file once markdown is stripped", async () => {
    const rows = await db.query<{ slug: string; text: string }>(
      `SELECT co.slug, cl.text FROM clause cl JOIN policy p ON p.id = cl.policy_id JOIN company co ON co.id = p.company_id`,
    );
    const texts = new Map(
      COMPANIES.map((s) => [
        s,
        markdownText(readFileSync(path.join(REPO_SEED_DIR, "policies", `${s}.md`), "utf8")),
      ]),
    );
    for (const r of rows) expect(texts.get(r.slug), r.text).toContain(squash(r.text));
  });

  it("tags every evidence clause with the practice of the finding it supports", async () => {
    const untagged = await db.query(
      `SELECT fe.finding_id, fe.clause_id FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id
        WHERE NOT EXISTS (SELECT 1 FROM clause_practice cp WHERE cp.clause_id = fe.clause_id AND cp.practice_id = f.practice_id)`,
    );
    expect(untagged).toEqual([]);
  });

  it("gives every clause an anchor that is URL-safe and unique within its policy", async () => {
    const byCompany = new Map<string, string[]>();
    for (const r of anchorsAfterFirst)
      byCompany.set(r.slug, [...(byCompany.get(r.slug) ?? []), r.anchor]);
    expect([...byCompany.keys()].sort()).toEqual(COMPANIES);
    for (const [slug, anchors] of byCompany) {
      expect(new Set(anchors).size, slug).toBe(anchors.length);
      for (const a of anchors) expect(a, slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("records the seed fingerprint and a data version", async () => {
    const rows = await db.query<{ key: string; value: string }>(
      `SELECT key, value FROM app_meta ORDER BY key`,
    );
    expect(rows.map((r) => r.key)).toEqual(["data_version", "seed_fingerprint"]);
  });

  it("leaves planner statistics for every table it wrote, so the first queries are planned on them", async () => {
    const rows = await db.query<{ table: string }>(
      `SELECT DISTINCT tablename AS table FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [[...SEED_TABLES]],
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...SEED_TABLES].sort());
  });
});

describe("a second seed run with the same files", () => {
  it("reports that nothing changed", () => {
    expect(second.skipped).toBe(false);
    if (second.skipped) return;
    expect(second.changed).toBe(false);
    expect(second.companies.map((c) => c.slug).sort()).toEqual(COMPANIES);
  });

  it("leaves every table's row count and contents exactly as they were", async () => {
    expect(await snapshot(db)).toEqual(afterFirst);
  });

  it("keeps the ids of companies, policies, clauses and findings", async () => {
    const now = await ids(db);
    expect(now.company).toHaveLength(COMPANIES.length);
    expect(now).toEqual(idsAfterFirst);
  });

  it("keeps every clause anchor identical", async () => {
    expect(await anchorsByCompany(db)).toEqual(anchorsAfterFirst);
  });

  it("is skipped entirely when asked to seed only if the files changed", async () => {
    expect(await runSeed(db.url, { onlyIfStale: true })).toEqual({ skipped: true });
    expect(await snapshot(db)).toEqual(afterFirst);
  });
});

describe("re-seeding after the files change", () => {
  let copy: SeedCopy;

  beforeAll(() => {
    copy = copySeeds();
  });

  afterAll(() => {
    copy?.remove();
  });

  const findingOf = async (company: string, practice: string) =>
    (
      await db.query<{ id: number; summary: string; rating: string }>(
        `SELECT f.id, f.summary, f.rating::text AS rating FROM finding f JOIN company co ON co.id = f.company_id JOIN practice pr ON pr.id = f.practice_id
          WHERE co.slug = $1 AND pr.slug = $2`,
        [company, practice],
      )
    )[0]!;

  it("updates an edited finding summary in place, keeping its id and every other row", async () => {
    const before = await findingOf("mozy", "cookies");
    const newSummary =
      "Edited in a test: Mozy and Google use cookies to show ads; users may opt out of Google's cookies.";
    copy.editJson("annotations/mozy.json", (a) => {
      a.findings.find((f: { practice: string }) => f.practice === "cookies").summary = newSummary;
    });
    const outcome = await runSeed(db.url, { seedDir: copy.dir });
    expect(outcome).toMatchObject({ skipped: false, changed: true });

    const after = await findingOf("mozy", "cookies");
    expect(after).toEqual({ id: before.id, summary: newSummary, rating: before.rating });
    expect(await ids(db)).toEqual(idsAfterFirst);
    const snap = await snapshot(db);
    for (const table of [
      "company",
      "policy",
      "clause",
      "practice",
      "clause_practice",
      "finding_evidence",
    ] as const)
      expect(snap[table], table).toEqual(afterFirst[table]);
    expect(snap.finding.rows).toBe(afterFirst.finding.rows);
    expect(snap.finding.checksum).not.toBe(afterFirst.finding.checksum);
  });

  it("bumps the data version when something changed", async () => {
    const [version] = await db.query<{ value: string }>(
      `SELECT value FROM app_meta WHERE key = 'data_version'`,
    );
    const snap = await snapshot(db);
    expect(snap.app_meta.checksum).not.toBe(afterFirst.app_meta.checksum);
    expect(version?.value).toMatch(/^\d+$/);
  });

  it("adds a new paragraph as one new clause and keeps every existing clause's id and anchor", async () => {
    copy.write(
      "policies/mozy.md",
      `${copy.read("policies/mozy.md")}\nA paragraph added by a test to the end of the policy.\n`,
    );
    await runSeed(db.url, { seedDir: copy.dir });
    const now = await anchorsByCompany(db);
    expect(now).toHaveLength(anchorsAfterFirst.length + 1);
    const added = now.filter((r) => !anchorsAfterFirst.some((o) => o.id === r.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ slug: "mozy" });
    expect(now.filter((r) => r !== added[0])).toEqual(anchorsAfterFirst);
  });

  it("credits a policy exported from Open Terms Archive (a promoted company) to it, with the page recorded", async () => {
    // The note scripts/corpus-export.ts writes; a Wayback copy's credit would misattribute it.
    const [note, ...rest] = copy.read("policies/mozy.md").split("\n");
    expect(note).toMatch(/Wayback Machine/);
    copy.write(
      "policies/mozy.md",
      [
        "> *The following text is extracted and transformed from the mozy.com privacy policy that was archived on 2026-06-27. " +
          "Please check the [version recorded by Open Terms Archive](https://github.com/OpenTermsArchive/contrib-versions/tree/d6fb386) for the most accurate reproduction. " +
          "Data by Open Terms Archive contributors (https://opentermsarchive.org), ODC-BY 1.0. The page recorded: https://mozy.com/privacy.*",
        ...rest,
      ].join("\n"),
    );
    await runSeed(db.url, { seedDir: copy.dir });
    const [policy] = await db.query<{ recorded_by: string | null; source_url: string | null }>(
      `SELECT p.recorded_by, p.source_url FROM policy p JOIN company c ON c.id = p.company_id WHERE c.slug = 'mozy'`,
    );
    expect(policy).toEqual({
      recorded_by: "Open Terms Archive",
      source_url: "https://mozy.com/privacy",
    });
  });

  it("restores the original rows, with their original ids, when the original files are seeded again with --force", async () => {
    // The original files were replaced by the edited ones, so only a forced seed loads them.
    await expect(runSeed(db.url)).rejects.toThrow(/newer seed files/);
    const outcome = await runSeed(db.url, { force: true });
    expect(outcome).toMatchObject({ skipped: false, changed: true });
    const { app_meta: _version, seed_history: _loads, ...snap } = await snapshot(db);
    const { app_meta: _originalVersion, seed_history: _firstLoad, ...original } = afterFirst;
    expect(snap).toEqual(original);
    expect(await anchorsByCompany(db)).toEqual(anchorsAfterFirst);
  });
});
