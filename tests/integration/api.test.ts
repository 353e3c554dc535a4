import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCompanyRoute } from "../../app/api/companies/[slug]/route";
import { GET as getCompanies } from "../../app/api/companies/route";
import { GET as getMatrixRoute } from "../../app/api/matrix/route";
import { GET as getPractices } from "../../app/api/practices/route";
import { GET as getSearchRoute } from "../../app/api/search/route";
import { ATTRIBUTION_JSON } from "../../lib/provenance";
import { RATINGS } from "../../lib/ratings";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

const COMPANIES = ["centercode", "code42", "dotcloud", "ibackup", "mozy"];
const PRACTICE_COUNT = 14;

type Json = Record<string, unknown>;
type Evidence = { anchor: string; quote: string; text: string; headingPath: string[] };
type Cell = {
  company: string;
  practice: string;
  rating: string;
  summary: string;
  evidence: Evidence[];
};
type MatrixBody = {
  practices: Array<{ slug: string }>;
  companies: Array<{ slug: string; name: string }>;
  cells: Cell[];
};

let db: TestDatabase;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
});

afterAll(() => dropAppDatabase(db));

async function json<T = Json>(res: Response, status: number): Promise<T> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

const matrix = (query = "") => getMatrixRoute(new Request(`http://localhost/api/matrix${query}`));
const company = (slug: string) =>
  getCompanyRoute(new Request(`http://localhost/api/companies/${encodeURIComponent(slug)}`), {
    params: Promise.resolve({ slug }),
  });

/** An error response: the status, a JSON body of exactly { error }, and a message worth reading. */
async function expectError(res: Response, status: number, mentions: RegExp) {
  const body = await json(res, status);
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error).toBe("string");
  expect(body.error as string).toMatch(mentions);
  expect(res.headers.get("cache-control")).toBe("no-store");
}

describe("GET /api/companies?sector=&provenance=", () => {
  const get = (query: string) =>
    getCompanies(new Request(`http://localhost/api/companies?${query}`));

  it("filters by sector and by provenance, alone or together", async () => {
    const slugs = async (query: string) =>
      (await json<{ companies: Json[] }>(await get(query), 200)).companies.map((c) => c.slug);
    expect(await slugs("sector=cloud-storage")).toEqual(["code42", "ibackup", "mozy"]);
    expect(await slugs("sector=developer-cloud,cloud-storage")).toHaveLength(5);
    expect(await slugs("provenance=curated")).toHaveLength(5);
    expect(await slugs("provenance=machine")).toEqual([]);
    expect(await slugs("sector=messaging&provenance=curated")).toEqual([]);
  });

  it("answers 400 naming an unknown sector, provenance or parameter", async () => {
    await expectError(
      await get("sector=cloud"),
      400,
      /Unknown sectors: cloud\. Known sectors: cloud-storage, messaging/,
    );
    await expectError(
      await get("provenance=human"),
      400,
      /Unknown provenances: human\. Known provenances: curated, machine/,
    );
    await expectError(await get("provenance="), 400, /provenance is empty/);
    await expectError(
      await get("industry=social"),
      400,
      /Unknown parameter\(s\): industry\. Use sector and provenance/,
    );
  });
});

describe("GET /api/companies", () => {
  it("lists the five companies by name with their policy dates", async () => {
    const body = await json<{ companies: Json[] }>(
      await getCompanies(new Request("http://localhost/api/companies")),
      200,
    );
    expect(Object.keys(body)).toEqual(["companies"]);
    expect(body.companies.map((c) => c.slug).sort()).toEqual(COMPANIES);
    const names = body.companies.map((c) => String(c.name));
    expect(names).toEqual(["Centercode", "Code 42", "dotCloud", "IBackup", "Mozy"]);
    for (const c of body.companies) {
      expect(Object.keys(c).sort()).toEqual([
        "archivedOn",
        "effectiveDate",
        "effectiveDateLabel",
        "effectiveDatePrecision",
        "legalName",
        "mayNotBePrivacyPolicy",
        "name",
        "provenance",
        "recordedBy",
        "recordedLongAgo",
        "regionalSource",
        "samePolicyAs",
        "sector",
        "slug",
        "statedAfterRecorded",
        "supersededBy",
        "website",
      ]);
      expect(c.archivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.website).toMatch(/^https?:\/\//);
      // The five are reviewed by a person, archived by the Wayback Machine.
      expect(c).toMatchObject({
        provenance: "curated",
        recordedBy: null,
        samePolicyAs: [],
        recordedLongAgo: false,
        mayNotBePrivacyPolicy: false,
        supersededBy: null,
      });
    }
    expect(body.companies.find((c) => c.slug === "mozy")?.sector).toBe("cloud-storage");
    expect(body.companies.find((c) => c.slug === "dotcloud")?.sector).toBe("developer-cloud");
    expect(body.companies.find((c) => c.slug === "code42")).toMatchObject({
      effectiveDate: "2011-01-17",
      effectiveDatePrecision: "day",
      effectiveDateLabel: "Effective",
      archivedOn: "2012-12-23",
    });
  });
});

describe("GET /api/companies/{slug}", () => {
  let body: {
    company: Json & {
      policy: Json;
      findings: Cell[];
      clauses: Array<{
        anchor: string;
        position: number;
        headingPath: string[];
        text: string;
        practices: string[];
        tags: Array<{ practice: string; probability: number | null }>;
      }>;
    };
  };
  let practiceSlugs: string[];

  beforeAll(async () => {
    body = await json(await company("mozy"), 200);
    practiceSlugs = (
      await json<{ practices: Array<{ slug: string }> }>(
        await getPractices(new Request("http://localhost/api/practices")),
        200,
      )
    ).practices.map((p) => p.slug);
  });

  it("returns the company with its summary fields", () => {
    expect(Object.keys(body)).toEqual(["company", "attribution"]);
    expect(body.company).toMatchObject({ slug: "mozy", name: "Mozy", archivedOn: "2016-11-27" });
  });

  it("returns the policy metadata", () => {
    expect(body.company.policy).toEqual({
      title: "Privacy | Mozy",
      sourceUrl: "http://mozy.com/about/legal/privacy",
      archiveUrl:
        "https://web.archive.org/web/20161127070419id_/http%3A//mozy.com/about/legal/privacy",
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      recordedBy: null,
    });
  });

  it("returns one finding per practice, in taxonomy order, each with a rating, summary and evidence", () => {
    expect(body.company.findings.map((f) => f.practice)).toEqual(practiceSlugs);
    for (const f of body.company.findings) {
      expect(RATINGS).toContain(f.rating);
      expect(f.summary.length).toBeGreaterThan(0);
      if (f.rating === "not-addressed") expect(f.evidence).toEqual([]);
      else expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it("returns the clauses in order with unique anchors, heading paths and practice slugs", () => {
    const clauses = body.company.clauses;
    expect(clauses.length).toBeGreaterThan(10);
    expect(clauses.map((c) => c.position)).toEqual(clauses.map((_, i) => i + 1));
    expect(new Set(clauses.map((c) => c.anchor)).size).toBe(clauses.length);
    for (const c of clauses) {
      expect(Object.keys(c).sort()).toEqual([
        "anchor",
        "headingPath",
        "position",
        "practices",
        "tags",
        "text",
      ]);
      // A person's tags carry no probability (the classifier's do).
      expect(c.tags).toEqual(c.practices.map((p) => ({ practice: p, probability: null })));
      expect(c.anchor).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(Array.isArray(c.headingPath)).toBe(true);
      for (const p of c.practices) expect(practiceSlugs).toContain(p);
      // Practices are listed in taxonomy order.
      expect(c.practices).toEqual(
        [...c.practices].sort((a, b) => practiceSlugs.indexOf(a) - practiceSlugs.indexOf(b)),
      );
    }
    expect(clauses.some((c) => c.practices.length > 0)).toBe(true);
    expect(clauses.find((c) => c.text.startsWith("We will not sell"))?.headingPath).toEqual([
      "How Mozy Uses Information",
      "Personal Data",
    ]);
  });

  it("points every evidence quote at a clause of the same policy that contains it and is tagged with the practice", () => {
    const byAnchor = new Map(body.company.clauses.map((c) => [c.anchor, c]));
    for (const f of body.company.findings)
      for (const e of f.evidence) {
        const clause = byAnchor.get(e.anchor);
        expect(clause, e.anchor).toBeDefined();
        expect(e.text).toBe(clause!.text);
        expect(e.text.replace(/\s+/g, " ")).toContain(e.quote);
        expect(clause!.practices).toContain(f.practice);
      }
  });

  it("answers 404 with a JSON error for an unknown company", async () => {
    await expectError(await company("acme"), 404, /acme/);
  });

  it("answers 400 with a JSON error for a malformed slug", async () => {
    for (const bad of ["Mozy", "mozy!", "mo_zy", "-mozy", "a".repeat(65), "mozy.json"])
      await expectError(await company(bad), 400, /slug/);
  });
});

describe("Open Terms Archive's attribution", () => {
  it("is in a company's answer, which ships its policy's clauses, and in search results", async () => {
    const detail = await json<{ attribution: typeof ATTRIBUTION_JSON }>(await company("mozy"), 200);
    expect(detail.attribution).toEqual(ATTRIBUTION_JSON);
    const search = await json<{ attribution: typeof ATTRIBUTION_JSON; total: number }>(
      await getSearchRoute(new Request("http://localhost/api/search?q=cookies")),
      200,
    );
    expect(search.total).toBeGreaterThan(0);
    expect(search.attribution.openTermsArchive).toEqual({
      credit: "Open Terms Archive contributors",
      url: "https://opentermsarchive.org",
      licence: "ODC-BY 1.0",
      licenceUrl: "https://opendatacommons.org/licenses/by/1-0/",
    });
  });
});

describe("unknown parameters on the routes that take none", () => {
  it("answers 400 naming them, as the routes with parameters do", async () => {
    await expectError(
      await getPractices(new Request("http://localhost/api/practices?x=1")),
      400,
      /^Unknown parameter\(s\): x\. This endpoint takes no parameters\.$/,
    );
    await expectError(
      await getCompanyRoute(new Request("http://localhost/api/companies/mozy?x=1&lang=fr"), {
        params: Promise.resolve({ slug: "mozy" }),
      }),
      400,
      /^Unknown parameter\(s\): x, lang\. This endpoint takes no parameters\.$/,
    );
  });
});

describe("GET /api/practices", () => {
  it("lists the 14 practices in taxonomy order with their descriptions", async () => {
    const body = await json<{ practices: Json[] }>(
      await getPractices(new Request("http://localhost/api/practices")),
      200,
    );
    expect(Object.keys(body)).toEqual(["practices"]);
    expect(body.practices).toHaveLength(PRACTICE_COUNT);
    expect(body.practices.map((p) => p.position)).toEqual(body.practices.map((_, i) => i));
    expect(body.practices[0]).toMatchObject({
      slug: "cookies",
      name: "Cookies & tracking",
      core: true,
    });
    for (const p of body.practices) {
      expect(Object.keys(p).sort()).toEqual(["core", "description", "name", "position", "slug"]);
      expect(String(p.description).length).toBeGreaterThanOrEqual(10);
    }
    expect(body.practices.filter((p) => p.core).map((p) => p.slug)).toEqual([
      "cookies",
      "retention",
      "disputes",
      "third-parties",
    ]);
  });
});

describe("GET /api/matrix", () => {
  let full: MatrixBody;

  beforeAll(async () => {
    full = await json<MatrixBody>(await matrix(), 200);
  });

  it("without filters returns every practice × company cell", () => {
    expect(full.practices).toHaveLength(PRACTICE_COUNT);
    expect(full.companies.map((c) => c.slug).sort()).toEqual(COMPANIES);
    expect(full.cells).toHaveLength(PRACTICE_COUNT * COMPANIES.length);
    const slots = new Set(full.cells.map((c) => `${c.practice}|${c.company}`));
    expect(slots.size).toBe(full.cells.length);
  });

  it("orders cells by practice, then by company as listed", () => {
    const expected = full.practices.flatMap((p) =>
      full.companies.map((c) => `${p.slug}|${c.slug}`),
    );
    expect(full.cells.map((c) => `${c.practice}|${c.company}`)).toEqual(expected);
  });

  it("gives each cell a company, practice, rating, summary and evidence with anchors and clause text", () => {
    for (const cell of full.cells) {
      expect(Object.keys(cell).sort()).toEqual([
        "closestClauseProbability",
        "company",
        "confidence",
        "evidence",
        "facts",
        "practice",
        "provenance",
        "rating",
        "reason",
        "summary",
      ]);
      expect(cell).toMatchObject({
        provenance: "curated",
        reason: null,
        confidence: null,
        closestClauseProbability: null,
        facts: [],
      });
      expect(RATINGS).toContain(cell.rating);
      expect(cell.summary.length).toBeGreaterThanOrEqual(20);
      if (cell.rating === "not-addressed") expect(cell.evidence).toEqual([]);
      else expect(cell.evidence.length).toBeGreaterThan(0);
      for (const e of cell.evidence) {
        expect(e.anchor).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(typeof e.text).toBe("string");
        expect(e.text.replace(/\s+/g, " ")).toContain(e.quote);
      }
    }
  });

  it("agrees with the company page on every finding", async () => {
    const detail = await json<{
      company: { findings: Cell[]; clauses: Array<{ anchor: string }> };
    }>(await company("dotcloud"), 200);
    const anchors = new Set(detail.company.clauses.map((c) => c.anchor));
    const cells = full.cells.filter((c) => c.company === "dotcloud");
    expect(cells).toHaveLength(PRACTICE_COUNT);
    for (const cell of cells) {
      const f = detail.company.findings.find((x) => x.practice === cell.practice)!;
      expect({ rating: cell.rating, summary: cell.summary, evidence: cell.evidence }).toEqual({
        rating: f.rating,
        summary: f.summary,
        evidence: f.evidence,
      });
      for (const e of cell.evidence) expect(anchors.has(e.anchor)).toBe(true);
    }
  });

  it("filters to one practice", async () => {
    const body = await json<MatrixBody>(await matrix("?practices=cookies"), 200);
    expect(body.practices.map((p) => p.slug)).toEqual(["cookies"]);
    expect(body.companies).toHaveLength(COMPANIES.length);
    expect(body.cells).toHaveLength(COMPANIES.length);
    expect(body.cells.every((c) => c.practice === "cookies")).toBe(true);
    expect(body.cells).toEqual(full.cells.filter((c) => c.practice === "cookies"));
  });

  it("filters by practices and companies together, keeping taxonomy and name order", async () => {
    const body = await json<MatrixBody>(
      await matrix("?practices=retention,cookies&companies=mozy,code42"),
      200,
    );
    expect(body.practices.map((p) => p.slug)).toEqual(["cookies", "retention"]);
    expect(body.companies.map((c) => c.slug).sort()).toEqual(["code42", "mozy"]);
    expect(body.cells).toHaveLength(4);
    expect(body.cells).toEqual(
      full.cells.filter(
        (c) =>
          ["cookies", "retention"].includes(c.practice) && ["mozy", "code42"].includes(c.company),
      ),
    );
  });

  it("accepts repeated keys, upper case and repeats in a filter", async () => {
    const body = await json<MatrixBody>(
      await matrix("?practices=COOKIES&practices=retention,cookies"),
      200,
    );
    expect(body.practices.map((p) => p.slug)).toEqual(["cookies", "retention"]);
    expect(body.cells).toHaveLength(2 * COMPANIES.length);
  });

  it("answers 400 naming an unknown practice", async () => {
    await expectError(
      await matrix("?practices=cookies,telepathy"),
      400,
      /Unknown practices: telepathy\b/,
    );
  });

  it("answers 400 naming an unknown company", async () => {
    await expectError(await matrix("?companies=mozy,acme"), 400, /Unknown companies: acme\b/);
  });

  it("answers 400 naming a malformed slug", async () => {
    await expectError(
      await matrix("?practices=third_parties"),
      400,
      /Unknown practices: third_parties\b/,
    );
  });

  it("answers 400 naming an unknown parameter", async () => {
    await expectError(
      await matrix("?practices=cookies&order=rating"),
      400,
      /Unknown parameter\(s\): order\. Use practices, companies, sector, provenance, rating, sort, page and perPage\./,
    );
  });

  it("keeps only findings with the given ratings, and answers 400 naming an unknown one", async () => {
    const body = await json<{ cells: { rating: string }[]; companies: unknown[] }>(
      await matrix("?rating=concerning,protective"),
      200,
    );
    expect(body.companies).toHaveLength(5);
    expect(body.cells.length).toBeGreaterThan(0);
    expect(new Set(body.cells.map((c) => c.rating))).toEqual(new Set(["concerning", "protective"]));
    await expectError(await matrix("?rating=awful"), 400, /Unknown rating: awful\. Ratings are/);
  });

  it("orders companies by date or by how protective they are on a practice", async () => {
    type Body = {
      companies: { slug: string; effectiveDate: string | null }[];
      cells: { company: string; rating: string }[];
    };
    const byDate = await json<Body>(await matrix("?sort=date"), 200);
    const dates = byDate.companies.map((c) => c.effectiveDate ?? "");
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    const rank = ["protective", "neutral", "concerning", "not-addressed"];
    const byRetention = await json<Body>(await matrix("?sort=retention&practices=retention"), 200);
    const ranks = byRetention.companies.map((c) =>
      rank.indexOf(byRetention.cells.find((cell) => cell.company === c.slug)!.rating),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await expectError(
      await matrix("?sort=price"),
      400,
      /sort must be name, date or a practice slug/,
    );
  });

  it("answers 400 for an empty filter instead of returning an empty matrix", async () => {
    await expectError(await matrix("?practices="), 400, /practices is empty/);
    await expectError(await matrix("?companies=,,"), 400, /companies is empty/);
  });

  it("answers 400 for a list past the length cap instead of reading part of it", async () => {
    await expectError(
      await matrix(`?practices=${"x".repeat(12_000)}`),
      400,
      /practices is too long/,
    );
    await expectError(
      await matrix(`?companies=${"mozy,".repeat(500)}code42`),
      400,
      /companies is too long/,
    );
  });

  it("reads up to 100 companies, the limit the reference and docs/api.md give, and refuses 101", async () => {
    const slugs = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(",");
    await expectError(await matrix(`?companies=${slugs(100)}`), 400, /^Unknown companies: c0, /);
    await expectError(
      await matrix(`?companies=${slugs(101)}`),
      400,
      /^companies is too long: at most 100 values/,
    );
  });
});

describe("GET /api/matrix paging", () => {
  it("pages through companies when none are named, and says where it is", async () => {
    const first = await json<{ companies: Json[]; cells: Json[]; paging: Json }>(
      await matrix("?perPage=2&practices=cookies"),
      200,
    );
    expect(first.companies.map((c) => c.slug)).toEqual(["centercode", "code42"]);
    expect(first.cells).toHaveLength(2);
    expect(first.paging).toEqual({
      page: 1,
      perPage: 2,
      pageCount: 3,
      totalCompanies: 5,
      next: "/api/matrix?perPage=2&practices=cookies&page=2",
      prev: null,
    });
    const middle = await json<{ paging: Json }>(
      await matrix(String(first.paging.next).replace("/api/matrix", "")),
      200,
    );
    expect(middle.paging).toMatchObject({
      page: 2,
      next: "/api/matrix?perPage=2&practices=cookies&page=3",
      prev: "/api/matrix?perPage=2&practices=cookies&page=1",
    });
    const last = await json<{ companies: Json[]; paging: Json }>(
      await matrix("?perPage=2&page=3"),
      200,
    );
    expect(last.companies.map((c) => c.slug)).toEqual(["mozy"]);
    expect(last.paging).toMatchObject({ next: null, prev: "/api/matrix?perPage=2&page=2" });
  });

  it("pages 20 companies at a time by default, and not at all when companies are named", async () => {
    const all = await json<{ paging: Json }>(await matrix(""), 200);
    expect(all.paging).toMatchObject({ page: 1, perPage: 20, pageCount: 1, next: null });
    const named = await json<Json>(await matrix("?companies=mozy,code42&practices=cookies"), 200);
    expect(named).not.toHaveProperty("paging");
    expect(named.cells).toHaveLength(2);
  });

  it("rejects pages past the end and bad page sizes with a 400", async () => {
    for (const q of [
      "?page=4&perPage=2",
      "?perPage=0",
      "?perPage=500",
      "?page=abc",
      "?page=1&page=2",
    ]) {
      const res = await matrix(q);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toHaveProperty("error");
    }
  });
});
