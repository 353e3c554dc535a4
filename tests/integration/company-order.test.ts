import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortByCompanyName } from "@/lib/company-name-order";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

let db: TestDatabase;
const GRID_ORDER = ["centercode", "code42", "dotcloud", "ibackup", "mozy"];

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
});

afterAll(() => dropAppDatabase(db));

describe("one company order everywhere", () => {
  it("PostgreSQL's company_name collation orders names as the app does", async () => {
    const names = [
      "Mozy",
      "dotCloud",
      "Code 42",
      "Code 5",
      "Éclair",
      "Ebox",
      "ibackup",
      "IBM",
      "Zeta",
      "äbc",
      "Abd",
    ];
    const rows = await db.query<{ name: string }>(
      `SELECT name FROM unnest($1::text[]) AS t(name) ORDER BY name COLLATE company_name, name`,
      [names],
    );
    expect(rows.map((r) => r.name)).toEqual(
      sortByCompanyName(names.map((name) => ({ name, slug: name }))).map((c) => c.name),
    );
  });

  it("the API, the export, search counts and suggestions list companies in the grid's order", async () => {
    const { GET: companiesGET } = await import("@/app/api/companies/route");
    const { GET: exportGET } = await import("@/app/api/export/route");
    const { searchClauses } = await import("@/lib/queries/search-clauses");
    const { listSomeCompanies } = await import("@/lib/queries/companies");

    const api = (await (
      await companiesGET(new Request("http://localhost/api/companies"))
    ).json()) as { companies: { slug: string }[] };
    expect(api.companies.map((c) => c.slug)).toEqual(GRID_ORDER);

    const csv = await (
      await exportGET(new Request("http://localhost/api/export?format=json&practices=cookies"))
    ).json();
    expect((csv as { companies: { slug: string }[] }).companies.map((c) => c.slug)).toEqual(
      GRID_ORDER,
    );

    const search = await searchClauses({ q: "information" });
    expect(search.byCompany.map((c) => c.company)).toEqual(GRID_ORDER);

    expect((await listSomeCompanies(10)).map((c) => c.slug)).toEqual(GRID_ORDER);
  });
});
