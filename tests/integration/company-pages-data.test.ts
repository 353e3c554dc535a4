import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryView } from "../../lib/params/company-directory";
import { listCompanies } from "../../lib/queries/companies";
import { listOtherNames } from "../../lib/queries/other-names";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/* The curated five: what /companies reads. */

let db: TestDatabase;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
}, 180_000);

afterAll(async () => {
  await dropAppDatabase(db);
});

describe("a company's other names", () => {
  it("are read from the seed's legal names and the sites the policies were published on", async () => {
    const others = await listOtherNames();
    expect(others.get("code42")).toEqual([
      { name: "Code 42 Software, Inc.", kind: "legal" },
      { name: "crashplan.com", kind: "site" },
    ]);
    expect(others.get("ibackup")).toEqual([{ name: "Pro Softnet Corporation", kind: "legal" }]);
    expect(others.has("centercode")).toBe(false);
  });

  it("let /companies find Code 42 by CrashPlan and IBackup by Pro Softnet", async () => {
    const [all, others] = await Promise.all([listCompanies(), listOtherNames()]);
    const found = (q: string) => directoryView({ q }, all, others).companies.map((c) => c.slug);
    expect(found("crashplan")).toEqual(["code42"]);
    expect(found("pro softnet")).toEqual(["ibackup"]);
    expect(found("mozy")).toEqual(["mozy"]);
  });
});
