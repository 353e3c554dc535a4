import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { companyResponseSchema, matrixSchema } from "@/lib/api/response-schemas";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/*
 * A machine-read company whose reading found no clause about cookies (stored as not-addressed
 * with confidence 0.99: one minus the closest clause's 1 %), beside the curated five, where
 * Code 42 is silent on retention. Every machine-facing answer must tell the two apart by value
 * and give the number the page shows ("Closest clause: 1% likely"), never 0.99.
 */
let db: TestDatabase;
type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
  await db.query(
    `INSERT INTO company (slug, name, legal_name, website, sector, provenance)
     VALUES ('acme', 'Acme', 'Acme', 'https://acme.example', 'other', 'machine')`,
  );
  await db.query(
    `INSERT INTO policy (company_id, title, text, content_hash, recorded_by)
     SELECT id, 'Acme privacy', 'We keep data.', 'x', 'Open Terms Archive' FROM company WHERE slug = 'acme'`,
  );
  await db.query(`
    INSERT INTO finding (company_id, practice_id, rating, summary, provenance, reason, confidence)
    SELECT c.id, p.id, v.rating::rating, 's', 'machine', v.reason, v.confidence
    FROM (VALUES ('cookies', 'not-addressed', 'no clause found: no clause was read as about this practice', 0.99::real),
                 ('disputes', 'concerning', 'concerning: binding arbitration', 0.72::real))
         AS v(practice, rating, reason, confidence)
    JOIN company c ON c.slug = 'acme' JOIN practice p ON p.slug = v.practice`);
  routes.company = (await import("@/app/api/companies/[slug]/route")).GET as unknown as Handler;
  routes.matrix = (await import("@/app/api/matrix/route")).GET as Handler;
  routes.export = (await import("@/app/api/export/route")).GET as Handler;
});

afterAll(() => dropAppDatabase(db));

async function call(route: string, path: string, params: Record<string, string> = {}) {
  const res = await routes[route]!(new Request(`http://localhost${path}`), {
    params: Promise.resolve(params),
  });
  expect(res.status).toBe(200);
  return res;
}

type Cell = {
  company: string;
  practice: string;
  rating: string;
  confidence: number | null;
  closestClauseProbability: number | null;
};

function expectDescribedBy(schema: z.ZodType, json: unknown) {
  const parsed = schema.safeParse(json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(json);
}

const certainty = ({ rating, confidence, closestClauseProbability }: Cell) => ({
  rating,
  confidence: confidence === null ? null : Number(confidence.toFixed(2)),
  closestClauseProbability,
});

const NO_CLAUSE = { rating: "no-clause-found", confidence: null, closestClauseProbability: 0.01 };

describe("a machine-read finding with no clause found, as the API gives it", () => {
  it("is no-clause-found on the company, with the closest clause's probability and no confidence", async () => {
    const json = (await (
      await call("company", "/api/companies/acme", { slug: "acme" })
    ).json()) as {
      company: { findings: Cell[] };
    };
    expectDescribedBy(companyResponseSchema, json);
    const by = new Map(json.company.findings.map((f) => [f.practice, certainty(f)]));
    expect(by.get("cookies")).toEqual(NO_CLAUSE);
    expect(by.get("disputes")).toEqual({
      rating: "concerning",
      confidence: 0.72,
      closestClauseProbability: null,
    });
  });

  it("keeps not-addressed for a curated company's silence, and no-clause-found for the machine's in the matrix", async () => {
    const json = (await (
      await call("matrix", "/api/matrix?practices=cookies,retention&companies=acme,code42")
    ).json()) as { cells: Cell[] };
    expectDescribedBy(matrixSchema, json);
    const by = new Map(json.cells.map((c) => [`${c.company}/${c.practice}`, certainty(c)]));
    expect(by.get("acme/cookies")).toEqual(NO_CLAUSE);
    // No finding row at all for a machine-read company is the machine's silence too.
    expect(by.get("acme/retention")).toEqual({
      rating: "no-clause-found",
      confidence: null,
      closestClauseProbability: null,
    });
    expect(by.get("code42/retention")).toEqual({
      rating: "not-addressed",
      confidence: null,
      closestClauseProbability: null,
    });
  });

  it("filters on each value apart: not-addressed is only a person's finding of silence", async () => {
    const cells = async (rating: string) =>
      (
        (await (
          await call(
            "matrix",
            `/api/matrix?practices=cookies,retention&companies=acme,code42&rating=${rating}`,
          )
        ).json()) as { cells: Cell[] }
      ).cells.map((c) => `${c.company}/${c.practice}`);
    expect(await cells("not-addressed")).toEqual(["code42/retention"]);
    expect(await cells("no-clause-found")).toEqual(["acme/cookies", "acme/retention"]);
    expect((await cells("not-addressed,no-clause-found")).sort()).toEqual([
      "acme/cookies",
      "acme/retention",
      "code42/retention",
    ]);
  });

  it("gives the CSV one rating column a spreadsheet filter can trust, and the page's number", async () => {
    const res = await call(
      "export",
      "/api/export?format=csv&practices=cookies,disputes,retention&companies=acme,code42",
    );
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
    const by = new Map(rows.map((r) => [`${r.company}/${r.practice}`, r]));
    expect(by.get("acme/cookies")).toMatchObject({
      rating: "no-clause-found",
      confidence: "",
      closest_clause_probability: "0.01",
      provenance: "machine",
    });
    expect(by.get("acme/disputes")).toMatchObject({
      rating: "concerning",
      confidence: "0.72",
      closest_clause_probability: "",
    });
    expect(by.get("code42/retention")).toMatchObject({
      rating: "not-addressed",
      confidence: "",
      closest_clause_probability: "",
      provenance: "curated",
    });
  });

  it("gives the JSON export the matrix's cells", async () => {
    const query = "practices=cookies,retention&companies=acme,code42";
    const exported = (await (await call("export", `/api/export?format=json&${query}`)).json()) as {
      cells: Cell[];
    };
    const matrix = (await (await call("matrix", `/api/matrix?${query}`)).json()) as {
      cells: Cell[];
    };
    expect(exported.cells).toEqual(matrix.cells);
    expect(
      exported.cells.filter((c) => c.rating === "no-clause-found").map((c) => c.practice),
    ).toEqual(["cookies", "retention"]);
  });
});
