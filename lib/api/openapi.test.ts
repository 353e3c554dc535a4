import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as unknownApiAddress } from "@/app/api/[...path]/route";
import { API_FEEDS } from "./feeds";
import { API_OPERATIONS, buildOpenApiDocument } from "./openapi";
import { matrixQuery, paramNames } from "./query-schemas";

type Operation = {
  parameters: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { required: boolean; content: Record<string, unknown> };
  responses: Record<string, unknown>;
};
type Doc = {
  openapi: string;
  info: { description: string };
  paths: Record<string, { get: Operation; post?: Operation }>;
  components: { schemas: Record<string, unknown> };
};

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument() as Doc;

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents every route with the parameters its schema accepts, and nothing else", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(API_OPERATIONS.map((o) => o.path).sort());
    for (const op of API_OPERATIONS) {
      const documented = doc.paths[op.path]![op.method ?? "get"]!.parameters.filter(
        (p) => p.in === "query",
      );
      expect(documented.map((p) => p.name)).toEqual(paramNames(op.query));
      for (const p of documented) expect(p.description, `${op.path} ${p.name}`).toBeTruthy();
    }
    expect(paramNames(matrixQuery)).toEqual([
      "practices",
      "companies",
      "sector",
      "provenance",
      "rating",
      "sort",
      "page",
      "perPage",
    ]);
  });

  it("marks q as the one required parameter of search, and describes page as a bounded integer", () => {
    const search = doc.paths["/api/search"]!.get.parameters;
    expect(search.filter((p) => p.required).map((p) => p.name)).toEqual(["q"]);
    const page = doc.paths["/api/matrix"]!.get.parameters.find(
      (p) => p.name === "page",
    ) as unknown as {
      schema: { type: string; minimum: number; maximum: number };
    };
    expect(page.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100_000 });
  });

  it("documents every JSON route the app has: history, the reading of a policy, and the rest", () => {
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/analyze",
      "/api/changes",
      "/api/companies",
      "/api/companies/{slug}",
      "/api/companies/{slug}/diff",
      "/api/companies/{slug}/versions",
      "/api/export",
      "/api/health",
      "/api/matrix",
      "/api/practices",
      "/api/search",
    ]);
    const analyze = doc.paths["/api/analyze"]!;
    expect(analyze.get).toBeUndefined();
    expect(analyze.post!.requestBody).toMatchObject({ required: true });
    expect(Object.keys(analyze.post!.requestBody!.content)).toEqual([
      "text/plain",
      "text/markdown",
      "text/html",
    ]);
    expect(Object.keys(analyze.post!.responses)).toEqual([
      "200",
      "400",
      "405",
      "413",
      "415",
      "429",
    ]);
    const diff = doc.paths["/api/companies/{slug}/diff"]!.get.parameters;
    expect(diff.map((p) => [p.name, p.in, p.required])).toEqual([
      ["slug", "path", true],
      ["from", "query", true],
      ["to", "query", true],
    ]);
    const changes = doc.paths["/api/changes"]!.get;
    expect(changes.parameters.map((p) => p.name)).toEqual([
      "format",
      "company",
      "practice",
      "sector",
      "since",
      "until",
      "page",
      "perPage",
    ]);
    const ok = changes.responses["200"] as { content: Record<string, unknown> };
    expect(Object.keys(ok.content)).toEqual(["application/json", "text/csv"]);
    // The feeds are Atom, not JSON: named in the description, not as operations.
    for (const feed of API_FEEDS) expect(doc.info.description).toContain(feed.path);
  });

  it("documents the validators and the 304 of every GET whose answer may be kept, and of no other", () => {
    const revalidated = Object.entries(doc.paths)
      .filter(([, item]) => item.get?.responses["304"])
      .map(([path]) => path);
    expect(revalidated).toEqual([
      "/api/companies",
      "/api/companies/{slug}",
      "/api/companies/{slug}/versions",
      "/api/companies/{slug}/diff",
      "/api/changes",
      "/api/practices",
      "/api/matrix",
      "/api/search",
    ]);
    const ok = doc.paths["/api/matrix"]!.get.responses["200"] as {
      headers: Record<string, unknown>;
    };
    expect(Object.keys(ok.headers)).toEqual(["ETag", "Last-Modified"]);
  });

  it("documents the 400 of every GET that refuses a parameter, and the 405 of every GET", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item.get) continue;
      const statuses = Object.keys(item.get.responses);
      expect(statuses, path).toContain("405");
      // Only the health check ignores its query (an uptime checker's cache-buster).
      if (path !== "/api/health") expect(statuses, path).toContain("400");
      expect(item.get.responses["405"], path).toMatchObject({
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      });
    }
  });

  it("answers an unknown /api address with every operation and feed", async () => {
    const res = unknownApiAddress();
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: string };
    for (const op of API_OPERATIONS)
      expect(error).toContain(`${(op.method ?? "get").toUpperCase()} ${op.path}`);
    for (const feed of API_FEEDS) expect(error).toContain(feed.path);
    expect(error).toContain("POST /api/analyze");
  });

  it("resolves every $ref to a component schema", () => {
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r);
  });
});
