import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  companyListEntrySchema,
  companyResponseSchema,
  companySummarySchema,
} from "@/lib/api/response-schemas";
import { runSeed } from "@/lib/seed/run-seed";
import { copySeeds, type SeedCopy } from "../helpers/seed-copy";
import { dropAppDatabase } from "../helpers/app-database";
import {
  createTestDatabase,
  pointAppAtDatabase,
  type TestDatabase,
} from "../helpers/test-database";

// Code 42's policy says "Effective: 1/17/2011"; this copy says only the month, as Bing's does.
const DAY_LINE = "##  Effective: 1/17/2011 ";
const MONTH_LINE = "##  Effective: January 2011 ";

let db: TestDatabase;
let copy: SeedCopy;
type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
let companyRoute: Handler;
let companiesRoute: Handler;

beforeAll(async () => {
  db = await createTestDatabase();
  copy = copySeeds();
  copy.write("policies/code42.md", copy.read("policies/code42.md").replace(DAY_LINE, MONTH_LINE));
  await runSeed(db.url, { seedDir: copy.dir, force: true });
  pointAppAtDatabase(db.url);
  companyRoute = (await import("@/app/api/companies/[slug]/route")).GET as unknown as Handler;
  companiesRoute = (await import("@/app/api/companies/route")).GET as Handler;
});

afterAll(async () => {
  await dropAppDatabase(db);
  copy?.remove();
});

const stored = () =>
  db.query<{ day: string; precision: string; label: string }>(
    `SELECT to_char(p.effective_date, 'YYYY-MM-DD') AS day, p.effective_date_precision AS precision,
            p.effective_date_label AS label
       FROM policy p JOIN company co ON co.id = p.company_id WHERE co.slug = 'code42'`,
  );

async function apiCompany() {
  const res = await companyRoute(new Request("http://localhost/api/companies/code42"), {
    params: Promise.resolve({ slug: "code42" }),
  });
  expect(res.status).toBe(200);
  const json = (await res.json()) as { company: Record<string, unknown> };
  expect(companyResponseSchema.safeParse(json).error?.issues ?? []).toEqual([]);
  return json.company;
}

describe("a policy that states only a month", () => {
  it("is stored as the month's 1st with precision 'month'", async () => {
    expect(await stored()).toEqual([{ day: "2011-01-01", precision: "month", label: "Effective" }]);
  });

  it("is served by the API as the month, never a day, in both company routes", async () => {
    expect(await apiCompany()).toMatchObject({
      effectiveDate: "2011-01",
      effectiveDatePrecision: "month",
      effectiveDateLabel: "Effective",
    });
    const list = (await (
      await companiesRoute(new Request("http://localhost/api/companies"), {
        params: Promise.resolve({}),
      })
    ).json()) as { companies: Array<Record<string, unknown>> };
    const code42 = list.companies.find((c) => c.slug === "code42")!;
    expect(code42).toMatchObject({ effectiveDate: "2011-01", effectiveDatePrecision: "month" });
    expect(companyListEntrySchema.parse(code42)).toEqual(code42);
    // The other four state a day, or (Centercode) no date at all.
    for (const c of list.companies.filter((c) => c.slug !== "code42"))
      expect(
        [
          c.effectiveDate === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(String(c.effectiveDate)),
          c.effectiveDatePrecision,
        ],
        String(c.slug),
      ).toEqual(c.effectiveDate === null ? [null, null] : [true, "day"]);
  });

  it("is rewritten by the next seed when the policy gives its day again, and back", async () => {
    copy.write("policies/code42.md", copy.read("policies/code42.md").replace(MONTH_LINE, DAY_LINE));
    const outcome = await runSeed(db.url, { seedDir: copy.dir, force: true });
    expect(outcome.skipped).toBe(false);
    expect(await stored()).toEqual([{ day: "2011-01-17", precision: "day", label: "Effective" }]);
    expect(await apiCompany()).toMatchObject({
      effectiveDate: "2011-01-17",
      effectiveDatePrecision: "day",
    });

    copy.write("policies/code42.md", copy.read("policies/code42.md").replace(DAY_LINE, MONTH_LINE));
    await runSeed(db.url, { seedDir: copy.dir, force: true });
    expect(await stored()).toEqual([{ day: "2011-01-01", precision: "month", label: "Effective" }]);
  });
});

describe("the schema of a company's date", () => {
  const summary = (effectiveDate: string | null, effectiveDatePrecision: string | null) =>
    companySummarySchema.safeParse({
      slug: "x",
      name: "X",
      legalName: "X",
      website: "https://x.test",
      effectiveDate,
      effectiveDatePrecision,
      effectiveDateLabel: effectiveDate ? "Effective" : null,
      archivedOn: null,
      sector: "other",
      provenance: "machine",
      recordedBy: "Open Terms Archive",
      samePolicyAs: [],
      recordedLongAgo: false,
      mayNotBePrivacyPolicy: false,
      supersededBy: null,
      statedAfterRecorded: false,
    }).success;

  it("takes a day, a month, or none", () => {
    expect(summary("2026-06-30", "day")).toBe(true);
    expect(summary("2026-06", "month")).toBe(true);
    expect(summary(null, null)).toBe(true);
  });

  it("refuses a month that is not one, or a precision it does not name", () => {
    expect(summary("2026-13", "month")).toBe(false);
    expect(summary("2026", "month")).toBe(false);
    expect(summary("2026-06", "year")).toBe(false);
  });
});
