import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS, buildOpenApiDocument } from "./openapi";
import { matrixQuery, paramNames } from "./query-schemas";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    {
      get: {
        parameters: { name: string; in: string; required: boolean; description?: string }[];
        responses: Record<string, unknown>;
      };
    }
  >;
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
      const documented = doc.paths[op.path]!.get.parameters.filter((p) => p.in === "query");
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

  it("resolves every $ref to a component schema", () => {
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r);
  });
});
