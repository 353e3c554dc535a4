import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_CLAUSE_FOUND_SUMMARY } from "@/lib/provenance";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/*
 * docs/api.md quotes real answers; this suite holds its examples of the curated companies (whose
 * findings a person wrote, so they change only with the seed files) to what the routes send, so
 * a summary rewritten in seeds/annotations cannot leave a stale copy in the docs. Examples of
 * machine-read companies need the corpus, which these suites do not load.
 */
const DOC = readFileSync(path.resolve(import.meta.dirname, "../../docs/api.md"), "utf8");
const BASE = "http://localhost:3000";

let db: TestDatabase;
let exportGET: typeof import("@/app/api/export/route").GET;
let matrixGET: typeof import("@/app/api/matrix/route").GET;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
  ({ GET: exportGET } = await import("@/app/api/export/route"));
  ({ GET: matrixGET } = await import("@/app/api/matrix/route"));
});

afterAll(() => dropAppDatabase(db));

/** Every `"key": "…"` string in the document (followed by `"next"` when given), unescaped. */
const strings = (key: string, next = "") =>
  [
    ...DOC.matchAll(
      new RegExp(`"${key}": ("(?:[^"\\\\]|\\\\.)*")${next && `,\\s*"${next}"`}`, "g"),
    ),
  ].map((m) => JSON.parse(m[1]!) as string);

/** The block of a language that follows a line holding `marker`. */
function blockAfter(marker: string, lang: string): string {
  const at = DOC.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const start = DOC.indexOf("```" + lang + "\n", at) + lang.length + 4;
  return DOC.slice(start, DOC.indexOf("\n```", start));
}

type Cell = { summary: string; evidence: { anchor: string; quote: string }[] };

describe("docs/api.md's examples of the curated companies", () => {
  it("quote summaries, quotes and anchors the API sends", async () => {
    const res = await matrixGET(
      new Request(`${BASE}/api/matrix?companies=centercode,code42,dotcloud,ibackup,mozy`),
    );
    const { cells } = (await res.json()) as { cells: Cell[] };
    const summaries = new Set([...cells.map((c) => c.summary), NO_CLAUSE_FOUND_SUMMARY]);
    const evidence = cells.flatMap((c) => c.evidence);
    expect(strings("summary").length).toBeGreaterThan(2);
    for (const s of strings("summary")) expect(summaries, s).toContain(s);
    const quotes = new Set(evidence.map((e) => e.quote));
    for (const q of strings("quote")) expect(quotes, q).toContain(q);
    const anchors = new Set(evidence.map((e) => e.anchor));
    // Evidence anchors, not search results' (machine-read companies among them).
    expect(strings("anchor", "quote").length).toBeGreaterThanOrEqual(2);
    for (const a of strings("anchor", "quote")) expect(anchors, a).toContain(a);
  });

  it("show the CSV export's row and file name as the server writes them", async () => {
    const query = "format=csv&practices=disputes&companies=centercode,mozy";
    expect(DOC).toContain(`curl -OJ '${BASE}/api/export?${query}'`);
    const res = await exportGET(new Request(`${BASE}/api/export?${query}`));
    const served = parse(await res.text(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const documented = parse(blockAfter(`/api/export?${query}`, "csv"), {
      columns: true,
    }) as Record<string, string>[];
    expect(documented).toHaveLength(1);
    expect(documented[0]).toEqual(served.find((r) => r.company === documented[0]!.company));
    const filename = res.headers.get("content-disposition")!.match(/filename="(.+)"/)![1]!;
    const shown = DOC.match(/filename="(policy-atlas-[^"]+)"/)![1]!;
    const undated = (f: string) => f.replace(/\d{4}-\d{2}-\d{2}/, "DATE");
    expect(undated(shown)).toBe(undated(filename));
  });

  it("show the JSON export as the server writes it, but for the evidence left out", async () => {
    const query = "format=json&practices=retention&companies=mozy";
    const res = await exportGET(new Request(`${BASE}/api/export?${query}`));
    type Company = { readVersion: string | null };
    const served = (await res.json()) as { cells: Cell[]; companies: Company[] };
    const documented = JSON.parse(blockAfter(`/api/export?${query}`, "json")) as typeof served;
    const [cell] = documented.cells;
    expect(cell!.evidence.length).toBeGreaterThan(0);
    // The example is of a server whose history has loaded; this one has none (null).
    expect(served.companies[0]!.readVersion).toBeNull();
    expect(documented.companies[0]!.readVersion).toMatch(/^\/companies\/mozy\/versions\/\d+$/);
    expect(documented.companies.map((c) => ({ ...c, readVersion: null }))).toEqual(
      served.companies,
    );
    expect({ ...served.cells[0], evidence: served.cells[0]!.evidence.slice(0, 1) }).toEqual(cell);
  });
});
