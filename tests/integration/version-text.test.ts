import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as findClause } from "../../app/companies/[slug]/versions/find/route";
import { loadHistory } from "../../lib/history/load-history";
import { clauseAnchorInVersion } from "../../lib/history/version-anchors";
import { getVersionDiff } from "../../lib/queries/history";
import { findLatestVersionWithClause } from "../../lib/queries/latest-with-clause";
import { getVersionText, type VersionText } from "../../lib/queries/version-text";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

const HISTORY = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");
// Real corpus services: Telegram (40 versions, its policy rewritten in 2024) and AdRoll (13).
const SERVICES = { telegram: "Telegram", adroll: "AdRoll" } as const;

let db: TestDatabase;
let seedDir: string;
let versions: Record<string, Array<{ id: number; seq: number }>>;

/** Every version of a company, whole, oldest first. */
async function allTexts(slug: string): Promise<VersionText[]> {
  const out: VersionText[] = [];
  for (const v of versions[slug]!) {
    const r = await getVersionText(slug, v.id);
    if (!r.ok) throw new Error(`version ${v.id}: ${r.reason}`);
    out.push(r.text);
  }
  return out;
}

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
  for (const [slug, name] of Object.entries(SERVICES))
    await db.query(
      `INSERT INTO "company" ("slug", "name", "legal_name", "website", "sector", "provenance")
       VALUES ($1, $2, $2, '', 'other', 'machine')`,
      [slug, name],
    );
  seedDir = mkdtempSync(path.join(tmpdir(), "version-text-seed-"));
  mkdirSync(path.join(seedDir, "corpus", "history"), { recursive: true });
  for (const slug of Object.keys(SERVICES))
    copyFileSync(
      path.join(HISTORY, `${slug}.jsonl.br`),
      path.join(seedDir, "corpus", "history", `${slug}.jsonl.br`),
    );
  await loadHistory(db.url, { seedDir });
  versions = {};
  for (const slug of Object.keys(SERVICES))
    versions[slug] = await db.query<{ id: number; seq: number }>(
      `SELECT v."id", v."seq" FROM "policy_version" v JOIN "company" c ON c."id" = v."company_id"
       WHERE c."slug" = $1 ORDER BY v."seq"`,
      [slug],
    );
}, 180_000);

afterAll(async () => {
  await dropAppDatabase(db);
  rmSync(seedDir, { recursive: true, force: true });
});

describe("getVersionText", () => {
  it("gives a version's clauses in the version's order, with unique anchors", async () => {
    const v = versions.telegram![20]!;
    const [stored] = await db.query<{ texts: string[] }>(
      `SELECT array_agg(h."text" ORDER BY u."ord") AS texts
       FROM "policy_version" p, unnest(p."clause_ids") WITH ORDINALITY u("id", "ord")
       JOIN "history_clause" h ON h."id" = u."id" WHERE p."id" = $1`,
      [v.id],
    );
    const result = await getVersionText("telegram", v.id);
    if (!result.ok) throw new Error(result.reason);
    const { clauses } = result.text;
    expect(clauses.length).toBeGreaterThan(50);
    expect(clauses.map((c) => c.text)).toEqual(stored!.texts);
    expect(clauses.map((c) => c.position)).toEqual(clauses.map((_, i) => i + 1));
    expect(new Set(clauses.map((c) => c.anchor)).size).toBe(clauses.length);
  });

  it("names its neighbours and whether it is the latest", async () => {
    const list = versions.telegram!;
    const middle = await getVersionText("telegram", list[5]!.id);
    const latest = await getVersionText("telegram", list.at(-1)!.id);
    const first = await getVersionText("telegram", list[0]!.id);
    if (!middle.ok || !latest.ok || !first.ok) throw new Error("not found");
    expect(middle.text.previous?.id).toBe(list[4]!.id);
    expect(middle.text.next?.id).toBe(list[6]!.id);
    expect(middle.text.isLatest).toBe(false);
    expect(latest.text.isLatest).toBe(true);
    expect(latest.text.next).toBeNull();
    expect(first.text.previous).toBeNull();
    expect(first.text.versionCount).toBe(list.length);
  });

  it("does not find another company's version, an unknown version or an unknown company", async () => {
    const adroll = versions.adroll![0]!.id;
    expect(await getVersionText("telegram", adroll)).toMatchObject({
      ok: false,
      reason: "other-company",
      company: { slug: "telegram" },
    });
    expect(await getVersionText("telegram", 2_000_000_000)).toMatchObject({
      ok: false,
      reason: "version",
    });
    expect(await getVersionText("no-such-company", adroll)).toMatchObject({
      ok: false,
      reason: "company",
    });
  });

  it("gives a comparison's clauses the anchors they have in their versions", async () => {
    const list = versions.telegram!;
    const texts = await allTexts("telegram");
    // Every consecutive pair that changed a clause: each changed clause's link lands in its version.
    let checked = 0;
    for (let i = 1; i < list.length; i++) {
      const r = await getVersionDiff("telegram", list[i - 1]!.id, list[i]!.id);
      if (!r.ok) throw new Error(r.error);
      const before = new Set(texts[i - 1]!.clauses.map((c) => c.anchor));
      const after = new Set(texts[i]!.clauses.map((c) => c.anchor));
      for (const c of [...r.diff.removed, ...r.diff.modified.map((m) => m.before)]) {
        expect(before.has(clauseAnchorInVersion(c))).toBe(true);
        checked++;
      }
      for (const c of [...r.diff.added, ...r.diff.modified.map((m) => m.after)]) {
        expect(after.has(clauseAnchorInVersion(c))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("the latest version that had a clause", () => {
  it("is found for a clause the latest text no longer has", async () => {
    const texts = await allTexts("telegram");
    const latest = new Set(texts.at(-1)!.clauses.map((c) => c.anchor));
    // A clause of the first version that is gone from the latest, and the last version holding it.
    const gone = texts[0]!.clauses.find((c) => !latest.has(c.anchor))!;
    expect(gone).toBeDefined();
    const holder = texts.findLast((t) => t.clauses.some((c) => c.anchor === gone.anchor))!;
    expect(await findLatestVersionWithClause("telegram", gone.anchor)).toEqual({
      id: holder.version.id,
    });

    const res = await findClause(
      new NextRequest(
        `http://localhost/companies/telegram/versions/find?clause=${encodeURIComponent(gone.anchor)}`,
      ),
      { params: Promise.resolve({ slug: "telegram" }) },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/companies/telegram/versions/${holder.version.id}#${gone.anchor}`,
    );
  });

  it("is none for an anchor no version had, and the route then leads to the history", async () => {
    expect(await findLatestVersionWithClause("telegram", "privacy-000000")).toBeNull();
    expect(await findLatestVersionWithClause("telegram", "not an anchor")).toBeNull();
    const res = await findClause(
      new NextRequest("http://localhost/companies/telegram/versions/find?clause=privacy-000000"),
      { params: Promise.resolve({ slug: "telegram" }) },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/companies/telegram/changes?missing=privacy-000000");
    const bad = await findClause(
      new NextRequest("http://localhost/companies/telegram/versions/find?clause=%3Cb%3E"),
      { params: Promise.resolve({ slug: "telegram" }) },
    );
    expect(bad.headers.get("location")).toBe("/companies/telegram/changes?missing=%3Cb%3E");
    const none = await findClause(
      new NextRequest("http://localhost/companies/telegram/versions/find"),
      { params: Promise.resolve({ slug: "telegram" }) },
    );
    expect(none.headers.get("location")).toBe("/companies/telegram/changes");
  });
});
