import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRID_CSV_COLUMNS, SOURCE_ATTRIBUTION } from "@/lib/export/grid-csv";
import type { ApiCell } from "@/lib/api/response-schemas";
import type { Matrix as GridMatrix } from "@/lib/queries/matrix";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

let db: TestDatabase;
let exportGET: typeof import("@/app/api/export/route").GET;
let matrixGET: typeof import("@/app/api/matrix/route").GET;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
  ({ GET: exportGET } = await import("@/app/api/export/route"));
  ({ GET: matrixGET } = await import("@/app/api/matrix/route"));
});

afterAll(() => dropAppDatabase(db));

/** The matrix as /api/matrix answers: its cells' ratings and certainty are the API's. */
type Matrix = Omit<GridMatrix, "cells"> & { cells: ApiCell[] };

const call = (handler: (req: Request) => Promise<Response>, path: string) =>
  handler(new Request(`http://localhost${path}`));

async function matrix(query = ""): Promise<Matrix> {
  const res = await call(matrixGET, `/api/matrix${query ? `?${query}` : ""}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Matrix;
}

async function csvRows(query: string): Promise<Record<string, string>[]> {
  const res = await call(exportGET, `/api/export?${query}`);
  expect(res.status).toBe(200);
  return parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
}

/** What the CSV must say for a matrix: one row per company × practice. */
function expectedRows(m: Matrix) {
  const names = {
    company: new Map(m.companies.map((c) => [c.slug, c.name])),
    practice: new Map(m.practices.map((p) => [p.slug, p.name])),
  };
  const companies = new Map(m.companies.map((c) => [c.slug, c]));
  return m.cells.map((cell) => ({
    company: cell.company,
    company_name: names.company.get(cell.company),
    practice: cell.practice,
    practice_name: names.practice.get(cell.practice),
    rating: cell.rating,
    summary: cell.summary,
    evidence_anchors: cell.evidence.map((e) => e.anchor).join(" | "),
    evidence_quotes: cell.evidence.map((e) => e.quote).join(" | "),
    evidence_links: cell.evidence
      .map((e) => `http://localhost/companies/${cell.company}?finding=${cell.practice}#${e.anchor}`)
      .join(" | "),
    provenance: cell.provenance,
    confidence: cell.confidence === null ? "" : cell.confidence.toFixed(2),
    closest_clause_probability:
      cell.closestClauseProbability === null ? "" : cell.closestClauseProbability.toFixed(2),
    reason: cell.reason ?? "",
    policy_date: companies.get(cell.company)!.effectiveDate ?? "",
    policy_date_label: companies.get(cell.company)!.effectiveDateLabel ?? "",
    recorded_on: companies.get(cell.company)!.archivedOn ?? "",
    policy_date_after_recording: String(companies.get(cell.company)!.statedAfterRecorded),
    // The curated five are Wayback archives; machine-read rows credit Open Terms Archive.
    source_attribution:
      cell.provenance === "machine"
        ? SOURCE_ATTRIBUTION.openTermsArchive
        : SOURCE_ATTRIBUTION.wayback,
    sector: companies.get(cell.company)!.sector,
    recorded_long_ago: String(companies.get(cell.company)!.recordedLongAgo),
    facts: [...new Set(cell.facts.map((f) => `${f.kind}: ${f.value}`))].join(" | "),
    // This database has no history loaded (tests/integration/history.test.ts covers the links).
    evidence_version_links: "",
    may_not_be_privacy_policy: String(companies.get(cell.company)!.mayNotBePrivacyPolicy),
  }));
}
const byKey = <T extends { company?: string; practice?: string }>(rows: T[]) =>
  [...rows].sort((a, b) =>
    `${a.company}|${a.practice}`.localeCompare(`${b.company}|${b.practice}`),
  );

describe("GET /api/export?format=csv", () => {
  it("says the same as /api/matrix, cell for cell, after a round trip through a CSV parser", async () => {
    const m = await matrix();
    const rows = await csvRows("format=csv");
    expect(Object.keys(rows[0]!)).toEqual([...GRID_CSV_COLUMNS]);
    expect(rows).toHaveLength(m.companies.length * m.practices.length);
    expect(rows).toHaveLength(5 * 14);
    expect(byKey(rows)).toEqual(byKey(expectedRows(m)));
    // The round trip means something only if some text needs quoting.
    expect(rows.some((r) => /[",\n]/.test(r.evidence_quotes!))).toBe(true);
    expect(rows.some((r) => r.evidence_links!.includes(" | "))).toBe(true);
  });

  it("lists companies in the grid's order, each with every practice in taxonomy order", async () => {
    const m = await matrix();
    const rows = await csvRows("format=csv");
    expect(rows.map((r) => `${r.company}/${r.practice}`)).toEqual(
      m.companies.flatMap((c) => m.practices.map((p) => `${c.slug}/${p.slug}`)),
    );
  });

  it("exports only the filtered practices and companies", async () => {
    const query = "practices=disputes,cookies&companies=mozy&companies=centercode";
    const rows = await csvRows(`format=csv&${query}`);
    expect(rows).toHaveLength(4);
    expect(byKey(rows)).toEqual(byKey(expectedRows(await matrix(query))));
  });

  it("is an attachment with a .csv file name, UTF-8 with a byte-order mark", async () => {
    const res = await call(exportGET, "/api/export?format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="policy-atlas-all-practices-all-companies-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    const filtered = await call(exportGET, "/api/export?format=csv&practices=cookies");
    expect(filtered.headers.get("content-disposition")).toMatch(
      /filename="policy-atlas-cookies-all-companies-[\d-]+\.csv"/,
    );
  });

  it("names the file by what it holds: the core practices, a few slugs, the rating filter", async () => {
    const name = async (query: string) =>
      (await call(exportGET, `/api/export?${query}`)).headers
        .get("content-disposition")!
        .replace(/^attachment; filename="(.*)-\d{4}-\d{2}-\d{2}\.(csv|json)"$/, "$1.$2");
    expect(await name("practices=cookies,retention,disputes,third-parties")).toBe(
      "policy-atlas-core-practices-all-companies.csv",
    );
    expect(
      await name(
        "format=json&practices=retention,disputes&companies=code42,mozy&rating=concerning",
      ),
    ).toBe("policy-atlas-retention-disputes-code42-mozy-concerning-only.json");
  });

  it("carries the rating filter: only the findings the view shows", async () => {
    const query = "practices=retention,disputes&companies=code42,mozy&rating=concerning";
    const rows = await csvRows(`format=csv&${query}`);
    const m = await matrix(query);
    expect(rows.length).toBe(m.cells.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(4);
    expect(rows.every((r) => r.rating === "concerning")).toBe(true);
  });

  it("writes absolute evidence links from the request's origin, or from PUBLIC_BASE_URL", async () => {
    const rows = await csvRows("format=csv&companies=mozy&practices=retention");
    expect(rows[0]!.evidence_links).toMatch(
      /^http:\/\/localhost\/companies\/mozy\?finding=retention#/,
    );
    process.env.PUBLIC_BASE_URL = "https://atlas.example.org/";
    try {
      const again = await csvRows("format=csv&companies=mozy&practices=retention");
      for (const link of again[0]!.evidence_links!.split(" | "))
        expect(link).toMatch(
          /^https:\/\/atlas\.example\.org\/companies\/mozy\?finding=retention#[a-z0-9-]+$/,
        );
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });

  it("orders companies as the view does", async () => {
    const rows = await csvRows("format=csv&practices=retention&sort=retention");
    const rank = ["protective", "neutral", "concerning", "not-addressed"];
    const ranks = rows.map((r) => rank.indexOf(r.rating!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("defaults to CSV when no format is given", async () => {
    const res = await call(exportGET, "/api/export?companies=mozy");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  });
});

describe("GET /api/export?format=json", () => {
  it("is the same document as /api/matrix (less its paging), as an attachment", async () => {
    for (const query of ["", "practices=retention&companies=code42,dotcloud"]) {
      const res = await call(exportGET, `/api/export?format=json${query ? `&${query}` : ""}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(
        /^attachment; filename="policy-atlas-.*\.json"$/,
      );
      // The export holds every company at once; only /api/matrix pages through them.
      const { paging: _paging, ...whole } = (await matrix(query)) as Record<string, unknown>;
      expect(await res.json()).toEqual(whole);
    }
  });
});

describe("a sector or provenance, on /api/matrix and /api/export", () => {
  it("keeps every company of the sector, paged on /api/matrix and in one file on /api/export", async () => {
    const whole = await matrix("sector=cloud-storage&practices=retention");
    expect(whole.companies.map((c) => c.slug)).toEqual(["code42", "ibackup", "mozy"]);
    expect(whole.cells.map((c) => c.company)).toEqual(["code42", "ibackup", "mozy"]);
    const paged = (await matrix("sector=cloud-storage&practices=retention&perPage=2")) as Matrix & {
      paging: { totalCompanies: number; next: string | null };
    };
    expect(paged.companies.map((c) => c.slug)).toEqual(["code42", "ibackup"]);
    expect(paged.paging.totalCompanies).toBe(3);
    expect(paged.paging.next).toBe(
      "/api/matrix?sector=cloud-storage&practices=retention&perPage=2&page=2",
    );
    const res = await call(exportGET, "/api/export?sector=cloud-storage");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="policy-atlas-all-practices-cloud-storage-companies-[\d-]+\.csv"/,
    );
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect([...new Set(rows.map((r) => r.company))]).toEqual(["code42", "ibackup", "mozy"]);
    expect(rows).toHaveLength(3 * 14);
  });

  it("narrows named companies to the sector, and reads provenance as /api/companies does", async () => {
    const named = await matrix("sector=developer-cloud&companies=mozy,dotcloud&practices=cookies");
    expect(named.companies.map((c) => c.slug)).toEqual(["dotcloud"]);
    expect((await matrix("provenance=curated&practices=cookies")).companies).toHaveLength(5);
    expect((await matrix("provenance=machine&practices=cookies")).companies).toEqual([]);
    expect(await csvRows("provenance=machine")).toEqual([]);
  });

  it.each([
    ["sector=nope", /^Unknown sectors: nope\. Known sectors: cloud-storage, messaging, /],
    ["provenance=person", /^Unknown provenances: person\. Known provenances: curated, machine\.$/],
    ["sector=", /^sector is empty: give one or more of cloud-storage, /],
  ])("refuses %s with 400 on both, with /api/companies' message", async (query, message) => {
    for (const handler of [exportGET, matrixGET]) {
      const res = await call(handler, `/api/x?${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
  });
});

describe("bad parameters", () => {
  it.each([
    ["an unknown format", "format=xlsx", /format must be csv or json/],
    ["format twice", "format=csv&format=json", /only once/],
    ["an unknown parameter", "format=csv&q=cookies", /Unknown parameter\(s\): q/],
    ["an unknown practice", "practices=cookies,tracking", /Unknown practices: tracking/],
    ["an unknown company", "companies=acme", /Unknown companies: acme/],
    ["an empty practice list", "practices=", /practices is empty/],
  ])("refuse %s with 400 and a JSON error, like /api/matrix", async (_name, query, message) => {
    const res = await call(exportGET, `/api/export?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it("give the same message as /api/matrix for the same bad filter", async () => {
    for (const query of ["practices=nope", "companies=mozy,acme", "companies=,"]) {
      const [a, b] = await Promise.all([
        call(exportGET, `/api/export?${query}`),
        call(matrixGET, `/api/matrix?${query}`),
      ]);
      expect(await a.json()).toEqual(await b.json());
    }
  });
});
