import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { parseFeed } from "@rowanmanning/feed-parser";
import { HISTORY_TABLES } from "../../lib/db/planner-statistics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getDiffRoute } from "../../app/api/companies/[slug]/diff/route";
import { GET as getVersionsRoute } from "../../app/api/companies/[slug]/versions/route";
import { parse } from "csv-parse/sync";
import { GET as getChangesApi } from "../../app/api/changes/route";
import { GET as getChangesFeed } from "../../app/feeds/changes.atom/route";
import { GET as getCompanyFeed } from "../../app/feeds/companies/[file]/route";
import { GET as getPracticeFeed } from "../../app/feeds/practices/[file]/route";
import { changesSchema, diffSchema, versionsSchema } from "../../lib/api/response-schemas";
import { CHANGES_CSV_COLUMNS } from "../../lib/export/changes-csv";
import { ATTRIBUTION_JSON } from "../../lib/provenance";
import { loadHistory } from "../../lib/history/load-history";
import { VERSION_ID_BASE } from "../../lib/history/version-id";
import { getHistoryOverview, getVersionDiff, listChanges } from "../../lib/queries/history";
import { getVersionText } from "../../lib/queries/version-text";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

const HISTORY = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");
/*
 * Real corpus services: AdRoll (13 versions), Acuity Ads (13), MediaFire (14), whose page went
 * back and forth between texts in June 2024 (versions 3, 5, 6, 7, 9 and 11 return to 1, 3, 4, 5,
 * 7 and 9), IMDb (10), whose second version changed the page but no clause, and Telegram (40),
 * whose page showed a new text on 2024-05-06, another for hours on 05-09, then the new one again.
 */
const SERVICES = ["adroll", "acuityads", "mediafire", "imdb", "telegram"];
const NAMES: Record<string, string> = {
  adroll: "AdRoll",
  acuityads: "Acuity Ads",
  mediafire: "MediaFire",
  imdb: "IMDb",
  telegram: "Telegram",
};
/*
 * Read from AdRoll's two first recorded versions (2023-10-21): the second adds this clause and
 * changes nothing else.
 */
const ADDED_CLAUSE =
  "NextRoll offers a consent management platform that adheres to the latest Interactive Advertising Bureau (IAB) Transparency and Consent Framework (TCF).";

type Version = {
  id: number;
  recordedAt: string;
  kind: string;
  status: string;
  label: string;
  clauseCount: number;
  changedClauses: number;
  changedPractices: string[];
  returnsTo: { id: number; recordedAt: string } | null;
  backAndForth: boolean;
  captureFailed: boolean;
  comparedTo: { id: number; recordedAt: string } | null;
};
type Clause = { text: string; practices: string[] };
type Diff = {
  from: { id: number };
  to: { id: number };
  added: Clause[];
  removed: Clause[];
  modified: Array<{ before: Clause; after: Clause }>;
};

let db: TestDatabase;
let seedDir: string;

const ctx = <T>(params: T) => ({ params: Promise.resolve(params) });
const versionsOf = async (slug: string) => {
  const res = await getVersionsRoute(
    new Request(`http://localhost/api/companies/${slug}/versions`),
    ctx({ slug }),
  );
  return {
    status: res.status,
    body: (await res.json()) as { versions: Version[]; error?: string },
  };
};
const diffOf = async (slug: string, query: string) => {
  const res = await getDiffRoute(
    new Request(`http://localhost/api/companies/${slug}/diff?${query}`),
    ctx({ slug }),
  );
  return { status: res.status, body: (await res.json()) as Diff & { error?: string } };
};

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
  // Two machine-read companies as the corpus seed writes them (their history is all this suite needs).
  for (const slug of SERVICES)
    await db.query(
      `INSERT INTO "company" ("slug", "name", "legal_name", "website", "sector", "provenance")
       VALUES ($1, $2, $2, '', 'other', 'machine')`,
      [slug, NAMES[slug]],
    );
  seedDir = mkdtempSync(path.join(tmpdir(), "history-seed-"));
  mkdirSync(path.join(seedDir, "corpus", "history"), { recursive: true });
  for (const slug of SERVICES)
    copyFileSync(
      path.join(HISTORY, `${slug}.jsonl.br`),
      path.join(seedDir, "corpus", "history", `${slug}.jsonl.br`),
    );
  const outcome = await loadHistory(db.url, { seedDir });
  expect(outcome).toMatchObject({ skipped: false, companies: 10, loaded: 10 });
}, 180_000);

afterAll(async () => {
  await dropAppDatabase(db);
  rmSync(seedDir, { recursive: true, force: true });
});

describe("history storage", () => {
  it("stores every recorded version, each clause (a text under its heading) once", async () => {
    const [counts] = await db.query<{ versions: string; distinct_refs: string; clauses: string }>(
      `SELECT (SELECT count(*) FROM policy_version v JOIN company c ON c.id = v.company_id WHERE c.slug = 'adroll') AS versions,
              (SELECT count(DISTINCT id) FROM (SELECT unnest(clause_ids) AS id FROM policy_version) x) AS distinct_refs,
              (SELECT count(*) FROM history_clause) AS clauses`,
    );
    expect(Number(counts!.versions)).toBe(13);
    // No stored text is orphaned and none is stored twice (the hash is unique).
    expect(Number(counts!.clauses)).toBe(Number(counts!.distinct_refs));
  });

  it("numbers each version by its company and its place in the history, the same on every install", async () => {
    const rows = await db.query<{ id: number; company_id: number; seq: number }>(
      "SELECT id, company_id, seq FROM policy_version",
    );
    expect(rows.length).toBeGreaterThan(80);
    for (const r of rows) expect(r.id).toBe(r.company_id * VERSION_ID_BASE + r.seq);
    // The database holds to it too: a row numbered otherwise is refused.
    await expect(
      db.query(
        "UPDATE policy_version SET id = id + 1 WHERE id = (SELECT max(id) FROM policy_version)",
      ),
    ).rejects.toThrow(/policy_version_stable_id/);
  });

  it("leaves planner statistics for the history tables it wrote", async () => {
    const rows = await db.query<{ table: string }>(
      `SELECT DISTINCT tablename AS table FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [[...HISTORY_TABLES]],
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...HISTORY_TABLES].sort());
  });

  it("gives each curated company its one archived version", async () => {
    const { status, body } = await versionsOf("mozy");
    expect(status).toBe(200);
    expect(body.versions).toHaveLength(1);
    expect(body.versions[0]).toMatchObject({
      kind: "first",
      changedClauses: 0,
      changedPractices: [],
    });
    const [mozy] = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM clause c JOIN policy p ON p.id = c.policy_id
       JOIN company co ON co.id = p.company_id WHERE co.slug = 'mozy'`,
    );
    expect(body.versions[0]!.clauseCount).toBe(Number(mozy!.n));
  });
});

describe("export rows at the recorded version that was read", () => {
  it("gives /api/matrix's and the JSON export's companies the page of the version that was read", async () => {
    const { GET: exportGET } = await import("../../app/api/export/route");
    const { GET: matrixGET } = await import("../../app/api/matrix/route");
    const query = "companies=mozy,ibackup&practices=retention";
    const matrix = (await (
      await matrixGET(new Request(`http://localhost/api/matrix?${query}`))
    ).json()) as { companies: Array<{ slug: string; readVersion: string | null }> };
    const exported = (await (
      await exportGET(new Request(`http://localhost/api/export?format=json&${query}`))
    ).json()) as typeof matrix;
    expect(exported.companies).toEqual(matrix.companies);
    for (const company of matrix.companies) {
      const [read] = await db.query<{ id: number }>(
        `SELECT v.id FROM policy_version v JOIN company co ON co.id = v.company_id
           JOIN policy p ON p.company_id = co.id
          WHERE co.slug = $1 AND v.sha256 = p.content_hash ORDER BY v.seq DESC LIMIT 1`,
        [company.slug],
      );
      expect(read, company.slug).toBeDefined();
      expect(company.readVersion).toBe(`/companies/${company.slug}/versions/${read!.id}`);
    }
    expect(matrix.companies.map((c) => c.slug).sort()).toEqual(["ibackup", "mozy"]);
  });

  it("links each finding's evidence to the version its findings were read from, at clauses that version holds", async () => {
    const { GET: exportGET } = await import("../../app/api/export/route");
    const res = await exportGET(
      new Request(
        "http://localhost/api/export?format=csv&companies=mozy,ibackup&practices=disputes,retention",
      ),
    );
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const [read] = await db.query<{ id: number }>(
        `SELECT v.id FROM policy_version v JOIN company co ON co.id = v.company_id
           JOIN policy p ON p.company_id = co.id
          WHERE co.slug = $1 AND v.sha256 = p.content_hash ORDER BY v.seq DESC LIMIT 1`,
        [row.company],
      );
      const links = row.evidence_version_links!.split(" | ");
      const anchors = row.evidence_anchors!.split(" | ");
      expect(links).toHaveLength(anchors.length);
      const version = await getVersionText(row.company!, read!.id);
      if (!version.ok) throw new Error(`no version ${read!.id} of ${row.company}`);
      const held = new Set(version.text.clauses.map((c) => c.anchor));
      links.forEach((link, i) => {
        expect(link).toBe(
          `http://localhost/companies/${row.company}/versions/${read!.id}#${anchors[i]}`,
        );
        expect(held.has(anchors[i]!), `${row.company} #${anchors[i]}`).toBe(true);
      });
    }
  });
});

describe("GET /api/companies/{slug}/versions", () => {
  it("lists versions newest first with their change counts", async () => {
    const { status, body } = await versionsOf("adroll");
    expect(status).toBe(200);
    const v = body.versions;
    expect(v).toHaveLength(13);
    expect(Object.keys(v[0]!).sort()).toEqual(
      [
        "changedClauses",
        "changedPractices",
        "clauseCount",
        "id",
        "kind",
        "status",
        "label",
        "recordedAt",
        "returnsTo",
        "backAndForth",
        "otherLanguage",
        "captureFailed",
        "comparedTo",
      ].sort(),
    );
    for (let i = 1; i < v.length; i++) expect(v[i - 1]!.recordedAt >= v[i]!.recordedAt).toBe(true);
    expect(v[v.length - 1]!.kind).toBe("first");
  });

  it("answers 404 for an unknown company and 400 for a malformed slug", async () => {
    expect((await versionsOf("no-such-company")).status).toBe(404);
    expect((await versionsOf("Bad_Slug")).status).toBe(400);
  });

  it("answers 400 for a query parameter, as every API route does", async () => {
    const res = await getVersionsRoute(
      new Request("http://localhost/api/companies/adroll/versions?x=1"),
      ctx({ slug: "adroll" }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "Unknown parameter(s): x. This endpoint takes no parameters.",
    });
  });
});

describe("GET /api/companies/{slug}/diff", () => {
  it("shows the clause AdRoll added in October 2023 as added, and nothing else", async () => {
    const versions = (await versionsOf("adroll")).body.versions.slice().reverse();
    const [first, second] = versions;
    const { status, body } = await diffOf("adroll", `from=${first!.id}&to=${second!.id}`);
    expect(status).toBe(200);
    expect(body.from.id).toBe(first!.id);
    expect(body.added.map((c) => c.text).some((t) => t.startsWith(ADDED_CLAUSE))).toBe(true);
    expect(body.removed).toEqual([]);
    expect(body.modified).toEqual([]);
    expect(body.added[0]!.practices).toEqual(expect.any(Array));
    // The same pair read backwards: the clause is removed.
    const back = await diffOf("adroll", `from=${second!.id}&to=${first!.id}`);
    expect(back.body.removed.map((c) => c.text).some((t) => t.startsWith(ADDED_CLAUSE))).toBe(true);
  });

  it("pairs a modified clause with its earlier form across distant versions", async () => {
    const versions = (await versionsOf("adroll")).body.versions;
    const { status, body } = await diffOf(
      "adroll",
      `from=${versions[versions.length - 1]!.id}&to=${versions[0]!.id}`,
    );
    expect(status).toBe(200);
    for (const m of body.modified) expect(m.before.text).not.toBe(m.after.text);
    expect(body.added.length + body.removed.length + body.modified.length).toBeGreaterThan(0);
  });

  it("lists the suggested ratings that changed in the taxonomy's order", async () => {
    const orders: string[][] = [];
    for (const slug of SERVICES) {
      const versions = (await versionsOf(slug)).body.versions;
      const result = await getVersionDiff(slug, versions[versions.length - 1]!.id, versions[0]!.id);
      if (result.ok) orders.push(result.diff.ratingChanges.map((c) => c.practice));
    }
    // Stored as jsonb, whose keys come back shortest first ("use", "access", "choice", …).
    expect(orders.some((o) => o.length > 1)).toBe(true);
    for (const o of orders) expect(o).toEqual(PRACTICE_SLUGS.filter((p) => o.includes(p)));
  });

  it("answers 400 for malformed ids or another company's, 404 for unknown ones", async () => {
    const adroll = (await versionsOf("adroll")).body.versions[0]!.id;
    const mozy = (await versionsOf("mozy")).body.versions[0]!.id;
    for (const q of [
      `from=abc&to=${adroll}`,
      `from=0&to=${adroll}`,
      `from=1.5&to=${adroll}`,
      `to=${adroll}`,
      `from=${adroll}&from=${adroll}&to=${adroll}`,
      `from=-3&to=${adroll}`,
      `from=99999999999&to=${adroll}`,
    ]) {
      const r = await diffOf("adroll", q);
      expect(r.status, q).toBe(400);
      expect(r.body.error).toEqual(expect.any(String));
    }
    const other = await diffOf("adroll", `from=${mozy}&to=${adroll}`);
    expect(other.status).toBe(400);
    // A sentence, like the other errors: it ends with a full stop.
    expect(other.body.error).toBe(`Version ${mozy} belongs to another company, not to adroll.`);
    expect((await diffOf("adroll", `from=2000000000&to=${adroll}`)).status).toBe(404);
    expect((await diffOf("no-such-company", `from=${adroll}&to=${adroll}`)).status).toBe(404);
  });

  it("answers as the OpenAPI document's schemas say, nothing more and nothing less", async () => {
    const versions = await versionsOf("adroll");
    const parsed = versionsSchema.safeParse(versions.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(versions.body);
    const v = versions.body.versions;
    const diff = await diffOf("adroll", `from=${v[v.length - 1]!.id}&to=${v[0]!.id}`);
    const parsedDiff = diffSchema.safeParse(diff.body);
    expect(parsedDiff.error?.issues ?? []).toEqual([]);
    expect(parsedDiff.data).toEqual(diff.body);
    expect(diff.body.modified.length).toBeGreaterThan(0);
  });

  it("answers 400 naming a parameter other than from and to", async () => {
    const [a, b] = (await versionsOf("adroll")).body.versions;
    const r = await diffOf("adroll", `from=${b!.id}&to=${a!.id}&x=1`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: "Unknown parameter(s): x. Use from and to." });
  });
});

describe("changes across the atlas and their feeds", () => {
  it("lists changes newest first, filtered by practice and date, leaving out re-extractions", async () => {
    const all = await listChanges({ page: 1, perPage: 100 });
    expect(all.total).toBeGreaterThan(5);
    for (let i = 1; i < all.entries.length; i++)
      expect(all.entries[i - 1]!.recordedAt >= all.entries[i]!.recordedAt).toBe(true);
    expect(all.entries.every((e) => e.kind === "change" && e.changedClauses > 0)).toBe(true);
    const practice = all.entries.find((e) => e.changedPractices.length)!.changedPractices[0]!;
    const some = await listChanges({ practices: [practice], page: 1, perPage: 100 });
    expect(some.total).toBeLessThanOrEqual(all.total);
    expect(some.entries.every((e) => e.changedPractices.includes(practice))).toBe(true);
    const in2024 = await listChanges({
      since: "2024-01-01",
      until: "2024-12-31",
      page: 1,
      perPage: 100,
    });
    expect(in2024.entries.every((e) => e.recordedAt.startsWith("2024"))).toBe(true);
  });

  it("leaves out a page going back and forth between texts, and names the version a return goes back to", async () => {
    const { body } = await versionsOf("mediafire");
    const oldestFirst = [...body.versions].reverse();
    const seqOf = new Map(oldestFirst.map((v, i) => [v.id, i + 1]));
    const returns = oldestFirst.map((v) => (v.returnsTo ? seqOf.get(v.returnsTo.id) : null));
    expect(returns).toEqual([null, null, null, null, 1, 4, 5, null, 7, null, 9, null, null, null]);
    // Version 2 is a failed capture (the policy cut off after 5,574 of its 42,100 characters), so
    // version 3, the whole text again, is no return and no change: it changed no clause.
    expect(oldestFirst.map((v) => v.captureFailed)).toEqual([
      false,
      true,
      ...Array(12).fill(false),
    ]);
    expect(oldestFirst[2]).toMatchObject({ changedClauses: 0, backAndForth: false });
    expect(oldestFirst[1]).toMatchObject({ status: "capture-failed", label: "Failed capture" });
    expect(oldestFirst[5]).toMatchObject({ status: "back-and-forth", label: "Back and forth" });
    // Versions 4–11 are the page flickering between texts in June 2024; 12 and 13 stuck.
    const hidden = oldestFirst.map((v) => v.backAndForth);
    expect(hidden.slice(3, 11).every(Boolean)).toBe(true);
    expect(hidden.slice(11)).toEqual([false, false, false]);
    const listed = await listChanges({ companies: ["mediafire"], page: 1, perPage: 100 });
    const ids = listed.entries.map((e) => e.id);
    expect(ids).toEqual([oldestFirst[12]!.id, oldestFirst[11]!.id]);
    const overview = await getHistoryOverview("mediafire");
    expect(overview.backAndForthCount).toBe(8);
    expect(overview.failedCaptureCount).toBe(1);
    // Version 14 is a re-extraction (2025-09-23): counted, not among the latest changes.
    expect(overview.technicalCount).toBe(1);
    expect(overview.recent.map((v) => v.id)).toEqual([12, 11, 0].map((i) => oldestFirst[i]!.id));
  });

  it("leaves a version that changed no clause out of the changes, the feeds and the company page's latest", async () => {
    const oldestFirst = [...(await versionsOf("imdb")).body.versions].reverse();
    const layoutOnly = oldestFirst[1]!;
    expect(layoutOnly).toMatchObject({ kind: "change", changedClauses: 0, backAndForth: false });
    // The API names it as the page's badge does, so a client need not work the label out.
    expect(layoutOnly).toMatchObject({ status: "layout-only", label: "Layout only" });
    expect(oldestFirst[4]).toMatchObject({ status: "technical", label: "Re-extraction" });
    expect(oldestFirst[0]).toMatchObject({ status: "first", label: "First recorded" });
    const listed = await listChanges({ companies: ["imdb"], page: 1, perPage: 100 });
    expect(listed.entries.map((e) => e.id)).not.toContain(layoutOnly.id);
    const overview = await getHistoryOverview("imdb", 20);
    // The second layout-only version is the recording of Jan 19, 2023 at 06:44: seven minutes
    // after a re-extraction that changed five clauses (06:37), it holds the text of Jan 1 again,
    // so it is compared with that text and changes none (a re-extraction undone, docs/history.md).
    expect(oldestFirst[7]).toMatchObject({
      kind: "change",
      changedClauses: 0,
      status: "layout-only",
      comparedTo: { id: oldestFirst[5]!.id },
    });
    expect(overview.layoutOnlyCount).toBe(2);
    // All ten but the two layout-only versions and the two re-extractions (versions 5 and 7; the
    // second changed clauses, still not the company's doing). With the re-extraction undone, the
    // change of Jan 1, 2023 (version 6), once taken for a page going back and forth, is listed on
    // its own day.
    expect(oldestFirst.filter((v) => v.kind === "technical").map((v) => v.id)).toEqual(
      [4, 6].map((i) => oldestFirst[i]!.id),
    );
    expect(overview.technicalCount).toBe(2);
    expect(overview.recent.map((v) => v.id)).toEqual(
      [9, 8, 5, 3, 2, 0].map((i) => oldestFirst[i]!.id),
    );
    const feed = await (
      await getCompanyFeed(
        new Request("http://localhost/feeds/companies/imdb.atom"),
        ctx({ file: "imdb.atom" }),
      )
    ).text();
    expect(feed).not.toContain(`to=${layoutOnly.id}<`);
  });

  it("counts a return the page kept from the text it last kept, everywhere the change is listed", async () => {
    const oldestFirst = [...(await versionsOf("telegram")).body.versions].reverse();
    const at = (iso: string) => oldestFirst.find((v) => v.recordedAt === iso)!;
    const april = at("2024-04-10T12:44:19.000Z");
    const may6 = at("2024-05-06T12:44:08.000Z");
    const hours = at("2024-05-09T00:43:49.000Z");
    const kept = at("2024-05-09T12:44:00.000Z");
    expect(kept).toMatchObject({ returnsTo: { id: may6.id }, backAndForth: false });
    // Counted from April's text, as May 6 was, not from the hours-long text it undid.
    expect(kept.comparedTo?.id).toBe(april.id);
    expect(kept.changedClauses).toBe(may6.changedClauses);
    expect(kept.changedPractices).toEqual(may6.changedPractices);
    expect(hours.comparedTo?.id).toBe(may6.id);
    const diff = await diffOf("telegram", `from=${april.id}&to=${kept.id}`);
    expect(diff.body.added.length + diff.body.removed.length + diff.body.modified.length).toBe(
      kept.changedClauses,
    );
    const listed = await listChanges({ companies: ["telegram"], page: 1, perPage: 100 });
    const entry = listed.entries.find((e) => e.id === kept.id)!;
    expect(entry.comparedTo).toMatchObject({ id: april.id, sinceKept: true });
    expect(
      listed.entries.filter((e) => e.id !== kept.id).every((e) => !e.comparedTo.sinceKept),
    ).toBe(true);
    const overview = await getHistoryOverview("telegram", 40);
    expect(overview.recent.find((v) => v.id === kept.id)?.comparedTo?.id).toBe(april.id);
    const feed = await (
      await getCompanyFeed(
        new Request("http://localhost/feeds/companies/telegram.atom"),
        ctx({ file: "telegram.atom" }),
      )
    ).text();
    expect(feed).toContain(`from=${april.id}&amp;to=${kept.id}`);
    expect(feed).toContain("since the text of 2024-04-10, the last the page kept");
  });

  it("serves Atom feeds a feed parser reads, each entry linking to its diff", async () => {
    const req = (p: string) =>
      new Request(`http://localhost${p}`, { headers: { host: "atlas.example:8080" } });
    const responses = [
      await getChangesFeed(req("/feeds/changes.atom")),
      await getCompanyFeed(req("/feeds/companies/adroll.atom"), ctx({ file: "adroll.atom" })),
      await getPracticeFeed(req("/feeds/practices/cookies.atom"), ctx({ file: "cookies.atom" })),
    ];
    for (const [i, res] of responses.entries()) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/application\/atom\+xml/);
      const feed = parseFeed(await res.text());
      expect(feed.meta.type).toBe("atom");
      expect(feed.title).toBeTruthy();
      // A practice's feed opens each comparison on that practice's clauses.
      const focus = i === 2 ? "&practice=cookies" : "";
      for (const item of feed.items) {
        expect(item.url).toMatch(
          new RegExp(
            `^http://atlas\\.example:8080/companies/[a-z0-9-]+/changes\\?from=\\d+&to=\\d+${focus}$`,
          ),
        );
        // The entry's id stays the plain comparison, so a reader sees no entry twice.
        expect(item.id).toBe(item.url!.replace(focus, ""));
        expect(item.updated).toBeInstanceOf(Date);
        // Dated, so a company's entries are told apart in a reader's list of titles.
        expect(item.title).toMatch(/^[^,]+, [A-Z][a-z]{2} \d{1,2}, \d{4}: .*clauses? changed/);
      }
    }
    const adroll = parseFeed(
      await (
        await getCompanyFeed(req("/feeds/companies/adroll.atom"), ctx({ file: "adroll.atom" }))
      ).text(),
    );
    expect(adroll.items.length).toBeGreaterThan(3);
    // A change that moved a suggested rating says so, as the history page does (IMDb's do).
    const imdb = parseFeed(
      await (
        await getCompanyFeed(req("/feeds/companies/imdb.atom"), ctx({ file: "imdb.atom" }))
      ).text(),
    );
    const { entries } = await listChanges({ companies: ["imdb"], page: 1, perPage: 50 });
    const moved = entries.filter((e) => e.ratingChanges.length);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of entries) {
      const item = imdb.items.find((i) => i.url?.endsWith(`to=${e.id}`))!;
      if (e.ratingChanges.length)
        expect(item.description).toMatch(
          /Suggested ratings that moved \(machine-read, not reviewed\): ([A-Z][^:;]+: [a-z ]+ → [a-z ]+(; |\.$))+$/,
        );
      else expect(item.description).not.toContain("Suggested ratings");
    }
    expect(adroll.items.every((i) => i.url?.includes("/companies/adroll/"))).toBe(true);
    expect(
      (await getCompanyFeed(req("/feeds/companies/nobody.atom"), ctx({ file: "nobody.atom" })))
        .status,
    ).toBe(404);
    // A Wayback copy (one of the curated five) has no feed, as its page offers none: 404, saying why.
    const mozy = await getCompanyFeed(
      req("/feeds/companies/mozy.atom"),
      ctx({ file: "mozy.atom" }),
    );
    expect(mozy.status).toBe(404);
    expect(mozy.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await mozy.text()).toMatch(
      /^Mozy's policy is an archived copy: .* no feed of changes\.\n$/,
    );
    expect(
      (
        await getPracticeFeed(
          req("/feeds/practices/telepathy.atom"),
          ctx({ file: "telepathy.atom" }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("Open Terms Archive's attribution in the history API", () => {
  it("credits Open Terms Archive contributors and ODC-BY in the versions and their comparison", async () => {
    const { body } = await versionsOf("adroll");
    expect((body as unknown as { attribution: unknown }).attribution).toEqual(ATTRIBUTION_JSON);
    const v = body.versions;
    const diff = await diffOf("adroll", `from=${v[1]!.id}&to=${v[0]!.id}`);
    const attribution = (diff.body as unknown as { attribution: typeof ATTRIBUTION_JSON })
      .attribution;
    expect(attribution.openTermsArchive).toMatchObject({
      credit: "Open Terms Archive contributors",
      licence: "ODC-BY 1.0",
    });
  });
});

describe("GET /api/changes", () => {
  const changesOf = async (query: string) => {
    const res = await getChangesApi(new Request(`http://localhost/api/changes${query}`));
    return { res, status: res.status };
  };

  it("gives the changes /changes lists, with its filters, a page at a time", async () => {
    const all = await listChanges({ page: 1, perPage: 1000 });
    const { res, status } = await changesOf("?perPage=3");
    expect(status).toBe(200);
    const body = (await res.json()) as {
      changes: Array<{ id: number; comparison: string }>;
      paging: { total: number; next: string | null };
      attribution: unknown;
    };
    const parsed = changesSchema.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(body);
    expect(body.changes.map((c) => c.id)).toEqual(all.entries.slice(0, 3).map((e) => e.id));
    expect(body.paging.total).toBe(all.total);
    expect(body.paging.next).toBe("/api/changes?perPage=3&page=2");
    expect(body.changes[0]!.comparison).toMatch(
      /^http:\/\/localhost\/companies\/[a-z0-9-]+\/changes\?from=\d+&to=\d+$/,
    );
    expect(body.attribution).toEqual(ATTRIBUTION_JSON);
    const practice = all.entries.find((e) => e.changedPractices.length)!.changedPractices[0]!;
    const some = await changesOf(`?practice=${practice}&since=2020-01-01&perPage=500`);
    const filtered = (await some.res.json()) as { paging: { total: number } };
    const expected = await listChanges({
      practices: [practice],
      since: "2020-01-01",
      page: 1,
      perPage: 1,
    });
    expect(filtered.paging.total).toBe(expected.total);
  });

  it("names the real last page for a page past it, counted though the page holds no change", async () => {
    const all = await listChanges({ page: 1, perPage: 3 });
    const last = Math.ceil(all.total / 3);
    expect(last).toBeGreaterThan(1);
    const past = await listChanges({ page: last + 1, perPage: 3 });
    expect(past).toEqual({ entries: [], total: all.total });
    const { res, status } = await changesOf(`?perPage=3&page=${last + 1}`);
    expect(status).toBe(400);
    expect(await res.json()).toEqual({
      error: `page ${last + 1} is past the last page (${last}).`,
    });
  });

  it("keeps the changes of the companies named, as /changes does", async () => {
    const { res, status } = await changesOf("?company=telegram,imdb&perPage=500");
    expect(status).toBe(200);
    const body = (await res.json()) as {
      changes: Array<{ company: { slug: string } }>;
      paging: { total: number };
    };
    const expected = await listChanges({ companies: ["telegram", "imdb"], page: 1, perPage: 1 });
    expect(body.paging.total).toBe(expected.total);
    expect(body.paging.total).toBeGreaterThan(0);
    expect(new Set(body.changes.map((c) => c.company.slug))).toEqual(new Set(["telegram", "imdb"]));
    const csv = await changesOf("?company=telegram&format=csv");
    expect(csv.res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="policy-atlas-changes-telegram-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
  });

  it("downloads every change the filters keep as a CSV, one row each, with the attribution", async () => {
    const all = await listChanges({ page: 1, perPage: 1000 });
    const { res, status } = await changesOf("?format=csv");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="policy-atlas-changes-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CHANGES_CSV_COLUMNS]);
    expect(rows).toHaveLength(all.total);
    expect(
      rows.every((r) => r.source_attribution!.includes("Open Terms Archive contributors")),
    ).toBe(true);
  });

  it("answers 400 for a bad filter, naming it, instead of every change", async () => {
    for (const [query, error] of [
      ["?practice=telepathy", /^Unknown practices: telepathy\. Known practices: /],
      ["?since=2024-02-30", /^since must be a day like 2024-05-03\.$/],
      ["?from=2024-01-01", /^Unknown parameter\(s\): from\./],
      ["?page=999", /^page 999 is past the last page/],
      [
        "?company=telegram,no-such-company",
        /^Unknown companies: no-such-company\. Known companies: see \/api\/companies\.$/,
      ],
    ] as const) {
      const { res, status } = await changesOf(query);
      expect(status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(error);
    }
  });
});

describe("the changes feed's filters", () => {
  const req = (p: string) => new Request(`http://localhost${p}`);

  it("names its filters in its title", async () => {
    const filtered = parseFeed(
      await (
        await getChangesFeed(req("/feeds/changes.atom?practice=retention&sector=social"))
      ).text(),
    );
    expect(filtered.title).toBe("Policy Atlas: privacy policy changes — data retention, in social");
    const all = parseFeed(await (await getChangesFeed(req("/feeds/changes.atom"))).text());
    expect(all.title).toBe("Policy Atlas: privacy policy changes");
  });

  it("follows a few companies, named in its title, and sends names as typed to the slugs' address", async () => {
    const res = await getChangesFeed(req("/feeds/changes.atom?company=mediafire,telegram"));
    expect(res.status).toBe(200);
    const feed = parseFeed(await res.text());
    expect(feed.title).toBe("Policy Atlas: privacy policy changes — by MediaFire or Telegram");
    const expected = await listChanges({
      companies: ["mediafire", "telegram"],
      page: 1,
      perPage: feed.items.length,
    });
    expect(feed.items.map((i) => i.url)).toEqual(
      expected.entries.map(
        (e) =>
          `http://localhost/companies/${e.company.slug}/changes?from=${e.comparedTo.id}&to=${e.id}`,
      ),
    );
    expect(new Set(expected.entries.map((e) => e.company.slug))).toEqual(
      new Set(["mediafire", "telegram"]),
    );
    const typed = await getChangesFeed(req("/feeds/changes.atom?company=MediaFire,%20Telegram"));
    expect(typed.status).toBe(308);
    expect(typed.headers.get("location")).toBe("/feeds/changes.atom?company=mediafire,telegram");
  });

  it("refuses a bad filter with a 400 that names it, instead of serving every change", async () => {
    for (const [q, named] of [
      ["practice=bogus", 'practice "bogus"'],
      ["since=2024-13-01", 'since "2024-13-01" (not a date like 2024-05-03)'],
      ["sector=social&until=tomorrow", 'until "tomorrow"'],
      // A reader subscribed to a mistyped company would otherwise follow every company's changes.
      ["company=adroll,no-such-company", 'company "no-such-company"'],
    ] as const) {
      const res = await getChangesFeed(req(`/feeds/changes.atom?${q}`));
      expect(res.status, q).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      const body = await res.text();
      expect(body, q).toContain(`Not a filter of this feed: ${named}`);
      expect(body).toContain("practice (cookies, retention,");
    }
  });
});

describe("a company promoted to curated from Open Terms Archive", () => {
  it("keeps its recorded versions, its changes and its feed; a Wayback copy keeps its one version", async () => {
    // IBackup stands in for a promoted company: curated, its text recorded by Open Terms
    // Archive (the note corpus:export writes), its recorded history beside the corpus's.
    await db.query(
      `UPDATE policy SET recorded_by = 'Open Terms Archive'
       WHERE company_id = (SELECT id FROM company WHERE slug = 'ibackup')`,
    );
    const history = path.join(seedDir, "corpus", "history");
    copyFileSync(path.join(HISTORY, "adroll.jsonl.br"), path.join(history, "ibackup.jsonl.br"));
    // A history file beside a Wayback copy is not its history.
    copyFileSync(path.join(HISTORY, "imdb.jsonl.br"), path.join(history, "dotcloud.jsonl.br"));
    const outcome = await loadHistory(db.url, { seedDir, onlyIfStale: true });
    expect(outcome).toMatchObject({ skipped: false, loaded: 1, versions: 13 });

    expect((await versionsOf("ibackup")).body.versions).toHaveLength(13);
    expect((await versionsOf("dotcloud")).body.versions).toHaveLength(1);
    const { entries } = await listChanges({ companies: ["ibackup"], page: 1, perPage: 50 });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.company.provenance === "curated")).toBe(true);

    const feed = await getCompanyFeed(
      new Request("http://localhost/feeds/companies/ibackup.atom"),
      ctx({ file: "ibackup.atom" }),
    );
    expect(feed.status).toBe(200);
    expect(parseFeed(await feed.text()).items).toHaveLength(entries.length);
    const dotcloud = await getCompanyFeed(
      new Request("http://localhost/feeds/companies/dotcloud.atom"),
      ctx({ file: "dotcloud.atom" }),
    );
    expect(dotcloud.status).toBe(404);
  });
});

describe("loading again", () => {
  it("skips an unchanged history after reading only digests", async () => {
    const t = performance.now();
    const outcome = await loadHistory(db.url, { seedDir, onlyIfStale: true });
    expect(outcome.skipped).toBe(true);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it("reloads only the company whose history file changed, keeping the ids of its versions", async () => {
    const before = (await versionsOf("adroll")).body.versions;
    const file = path.join(seedDir, "corpus", "history", "adroll.jsonl.br");
    const lines = brotliDecompressSync(readFileSync(file)).toString("utf8").trim().split("\n");
    writeFileSync(file, brotliCompressSync(lines.slice(0, 5).join("\n") + "\n"));
    const outcome = await loadHistory(db.url, { seedDir, onlyIfStale: true });
    expect(outcome).toMatchObject({ skipped: false, loaded: 1, versions: 5 });
    const after = (await versionsOf("adroll")).body.versions;
    expect(after.map((v) => v.id)).toEqual(before.slice(-5).map((v) => v.id));
    const [orphans] = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM history_clause WHERE id NOT IN (SELECT DISTINCT unnest(clause_ids) FROM policy_version)`,
    );
    expect(Number(orphans!.n)).toBe(0);
  });
});
