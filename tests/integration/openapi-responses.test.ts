import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  analysisSchema,
  companiesListSchema,
  companyResponseSchema,
  errorSchema,
  healthSchema,
  matrixSchema,
  practicesListSchema,
  searchResultSchema,
} from "@/lib/api/response-schemas";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

let db: TestDatabase;
type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
  routes.companies = (await import("@/app/api/companies/route")).GET as Handler;
  routes.company = (await import("@/app/api/companies/[slug]/route")).GET as unknown as Handler;
  routes.practices = (await import("@/app/api/practices/route")).GET as Handler;
  routes.matrix = (await import("@/app/api/matrix/route")).GET as Handler;
  routes.search = (await import("@/app/api/search/route")).GET as Handler;
  routes.export = (await import("@/app/api/export/route")).GET as Handler;
  routes.health = (await import("@/app/api/health/route")).GET as Handler;
});

afterAll(() => dropAppDatabase(db));

async function body(route: string, path: string, params: Record<string, string> = {}) {
  const res = await routes[route]!(new Request(`http://localhost${path}`), {
    params: Promise.resolve(params),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

/** Parsing drops keys a schema does not know, so equality means nothing is undocumented. */
function expectDescribedBy(schema: z.ZodType, json: unknown) {
  const parsed = schema.safeParse(json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(json);
}

describe("the OpenAPI document's answers describe what the routes send", () => {
  it.each([
    ["companies", "/api/companies", companiesListSchema, {}],
    ["company", "/api/companies/mozy", companyResponseSchema, { slug: "mozy" }],
    ["practices", "/api/practices", practicesListSchema, {}],
    ["matrix", "/api/matrix", matrixSchema, {}],
    ["matrix", "/api/matrix?companies=mozy,code42&rating=concerning&sort=date", matrixSchema, {}],
    ["matrix", "/api/matrix?sector=cloud-storage&provenance=curated", matrixSchema, {}],
    ["search", "/api/search?q=arbitration", searchResultSchema, {}],
    ["export", "/api/export?format=json&practices=retention", matrixSchema, {}],
    ["health", "/api/health", healthSchema, {}],
  ] as const)("%s %s", async (route, path, schema, params) => {
    const { status, json } = await body(route, path, params);
    expect(status).toBe(200);
    expectDescribedBy(schema, json);
  });

  it("POST /api/analyze", async () => {
    const { POST } = await import("@/app/api/analyze/route");
    const res = await POST(
      new Request("http://localhost/api/analyze", {
        method: "POST",
        headers: { "Content-Type": "text/markdown" },
        body: "# Privacy Policy\n\nLast updated: March 3, 2024\n\n## Cookies\n\nWe use cookies to remember your preferences. You can disable cookies in your browser settings.\n\n## Retention\n\nWe keep your account data for 30 days after you close your account, then delete it.\n",
      }),
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as { findings: unknown[]; statedDate: unknown };
    expect(json.findings).toHaveLength(14);
    expect(json.statedDate).not.toBeNull();
    expectDescribedBy(analysisSchema, json);
    const refused = await POST(
      new Request("http://localhost/api/analyze?x=1", {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "We use cookies.",
      }),
    );
    expect(refused.status).toBe(400);
    expectDescribedBy(errorSchema, await refused.json());
  });

  it.each([
    ["matrix", "/api/matrix?practices=telepathy", {}],
    ["company", "/api/companies/nobody", { slug: "nobody" }],
    ["search", "/api/search", {}],
  ] as const)("errors: %s %s", async (route, path, params) => {
    const { status, json } = await body(route, path, params);
    expect([400, 404]).toContain(status);
    expectDescribedBy(errorSchema, json);
  });
});
