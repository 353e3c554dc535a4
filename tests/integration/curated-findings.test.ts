import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCompanyRoute } from "../../app/api/companies/[slug]/route";
import { GET as getMatrixRoute } from "../../app/api/matrix/route";
import { listCompanies } from "../../lib/queries/companies";
import { getCells, getGridCells } from "../../lib/queries/matrix";
import { listPractices } from "../../lib/queries/practices";
import { countRatings, countRatingsByCompany } from "../../lib/rating-counts";
import type { Rating } from "../../lib/ratings";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/*
 * The curated findings as issue 9's re-reading left them, and the "at a glance" counts the grid
 * and company pages show for them. A change to a rating here should be a deliberate one: update
 * the expectation together with docs/curation-log.md.
 */

type Cell = { company: string; practice: string; rating: Rating; summary: string };
type CompanyBody = {
  company: {
    findings: Array<{ practice: string; rating: Rating; summary: string }>;
    clauses: Array<{ text: string; practices: string[] }>;
  };
};

const CORE = ["cookies", "retention", "disputes", "third-parties"];
const COMPANIES = ["centercode", "code42", "dotcloud", "ibackup", "mozy"];

let db: TestDatabase;
let core: Cell[];

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
  const res = await getMatrixRoute(
    new Request(`http://localhost/api/matrix?practices=${CORE.join(",")}`),
  );
  core = ((await res.json()) as { cells: Cell[] }).cells;
});

afterAll(() => dropAppDatabase(db));

const company = async (slug: string) =>
  (
    (await (
      await getCompanyRoute(new Request(`http://localhost/api/companies/${slug}`), {
        params: Promise.resolve({ slug }),
      })
    ).json()) as CompanyBody
  ).company;

const rating = (slug: string, practice: string) =>
  core.find((c) => c.company === slug && c.practice === practice)?.rating;

describe("the grid's at-a-glance counts over the four core practices", () => {
  it("count each company's ratings as seeded", () => {
    const counts = countRatingsByCompany(core, CORE, COMPANIES);
    const row = (p: number, n: number, c: number, na: number) => ({
      protective: p,
      neutral: n,
      concerning: c,
      "not-addressed": na,
    });
    expect(Object.fromEntries(counts)).toEqual({
      centercode: row(0, 2, 1, 1),
      code42: row(0, 3, 0, 1),
      dotcloud: row(0, 1, 2, 1),
      ibackup: row(0, 1, 3, 0),
      mozy: row(0, 1, 3, 0),
    });
  });

  it("add up, for every company, to the number of practices shown", () => {
    for (const counts of countRatingsByCompany(core, CORE, COMPANIES).values())
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(CORE.length);
  });
});

describe("the company page's counts over all fourteen findings", () => {
  it("match Mozy's findings", async () => {
    const mozy = await company("mozy");
    expect(countRatings(mozy.findings.map((f) => f.rating))).toEqual({
      protective: 1,
      neutral: 10,
      concerning: 3,
      "not-addressed": 0,
    });
  });
});

describe("dispute resolution, rated for every user", () => {
  it("is neutral where any user may go to an outside body (Code 42, dotCloud)", () => {
    expect(rating("code42", "disputes")).toBe("neutral");
    expect(rating("dotcloud", "disputes")).toBe("neutral");
  });

  it("is concerning where the outside body is for EU or Safe Harbor complaints only", () => {
    for (const slug of ["mozy", "ibackup", "centercode"])
      expect(rating(slug, "disputes"), slug).toBe("concerning");
    const centercode = core.find((c) => c.company === "centercode" && c.practice === "disputes")!;
    expect(centercode.summary).toMatch(/no recourse beyond the company/);
  });
});

describe("the corrections of the independent reading", () => {
  it("rates dotCloud's retention not addressed and says what little the policy says", () => {
    const cell = core.find((c) => c.company === "dotcloud" && c.practice === "retention")!;
    expect(cell.rating).toBe("not-addressed");
    expect(cell.summary).toMatch(/"handled within 30 days"/);
  });

  it("does not suggest that Code 42 discloses any sale of data", () => {
    const cell = core.find((c) => c.company === "code42" && c.practice === "third-parties")!;
    expect(cell.summary).toMatch(/discloses no sale/);
    expect(cell.summary).not.toMatch(/won't sell data beyond/);
  });

  it("fixes the four clause tags", async () => {
    const tagsOf = async (slug: string, words: string) => {
      const hits = (await company(slug)).clauses.filter((c) => c.text.includes(words));
      expect(hits, `${slug}: "${words}"`).toHaveLength(1);
      return hits[0]!.practices;
    };
    expect(await tagsOf("ibackup", "by using our Services you consent")).not.toContain(
      "international",
    );
    expect(
      await tagsOf("centercode", "Questions regarding this Privacy Policy or our security"),
    ).toContain("security");
    for (const words of ["tell a friend about our site", "import contacts feature"])
      expect(await tagsOf("code42", words)).toContain("retention");
    expect(await tagsOf("dotcloud", "Requests to access, change, or delete")).not.toContain(
      "retention",
    );
  });
});

describe("the grid's cells", () => {
  it("are the API's cells without the clauses' whole text and the facts, which the grid does not show", async () => {
    const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
    const [api, grid] = await Promise.all([
      getCells(practices, companies),
      getGridCells(practices, companies),
    ]);
    expect(grid).toHaveLength(practices.length * companies.length);
    expect(grid.some((c) => c.evidence.length > 1)).toBe(true);
    for (const e of grid.flatMap((c) => c.evidence)) expect(e).not.toHaveProperty("text");
    expect(api.flatMap((c) => c.evidence).every((e) => e.text.includes(e.quote.slice(0, 20)))).toBe(
      true,
    );
    for (const c of grid) expect(c).not.toHaveProperty("facts");
    const withoutText = api.map(({ facts: _facts, ...c }) => ({
      ...c,
      evidence: c.evidence.map(({ text: _text, ...rest }) => rest),
    }));
    expect(grid).toEqual(withoutText);
  });
});
