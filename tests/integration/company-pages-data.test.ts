import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHistory } from "../../lib/history/load-history";
import { directoryView } from "../../lib/params/company-directory";
import { buildOutline } from "../../lib/policy-outline";
import { listCompanies } from "../../lib/queries/companies";
import { listOtherNames } from "../../lib/queries/other-names";
import { getVersionText } from "../../lib/queries/version-text";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/* The curated five, each with its one archived version: what /companies and a version page read. */

let db: TestDatabase;
let seedDir: string;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
  seedDir = mkdtempSync(path.join(tmpdir(), "company-pages-seed-"));
  mkdirSync(path.join(seedDir, "corpus", "history"), { recursive: true });
  await loadHistory(db.url, { seedDir });
}, 180_000);

afterAll(async () => {
  await dropAppDatabase(db);
  rmSync(seedDir, { recursive: true, force: true });
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

describe("a recorded version's headings", () => {
  it("keep the parents the history does not store, so two sections of one name differ", async () => {
    const [version] = await db.query<{ id: number }>(
      `SELECT v.id FROM policy_version v JOIN company c ON c.id = v.company_id WHERE c.slug = 'mozy'`,
    );
    const result = await getVersionText("mozy", version!.id);
    if (!result.ok) throw new Error(result.reason);
    const paths = new Set(
      result.text.clauses
        .filter((c) => c.heading === "Personal Data")
        .map((c) => c.headingPath.join(" › ")),
    );
    expect([...paths]).toEqual([
      "How Mozy Uses Information › Personal Data",
      "User Information Mozy Collects › Personal Data",
    ]);
    // As the company page: its contents' top level names each section once.
    const titles = buildOutline(result.text.clauses).map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain("How Mozy Uses Information");
  });
});
