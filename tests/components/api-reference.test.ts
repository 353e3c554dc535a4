import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ApiReferencePage from "@/app/api/page";
import { ApiSchemaType, nullableObject, type ApiSchema } from "@/components/api-schema-type";

/** The words of some markup, as a reader sees them. */
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");
const typeOf = (schema: ApiSchema) =>
  words(renderToStaticMarkup(createElement(ApiSchemaType, { schema })));
const page = renderToStaticMarkup(createElement(ApiReferencePage));
const text = words(page);

describe("the API reference's schema types", () => {
  it("say null once, at the end, however the alternatives nest", () => {
    const nul = { type: "null" };
    expect(
      typeOf({
        anyOf: [
          {
            anyOf: [
              { type: "string", format: "date" },
              { type: "string", pattern: "^\\d{4}-(?:0[1-9]|1[0-2])$" },
            ],
          },
          nul,
        ],
      }),
    ).toBe("string (date) or string (YYYY-MM) or null");
    expect(typeOf({ anyOf: [{ type: "string", enum: ["day", "month"] }, nul] })).toBe(
      'one of "day", "month" or null',
    );
    expect(typeOf({ anyOf: [{ type: "string", format: "date" }, nul] })).toBe(
      "string (date) or null",
    );
    expect(typeOf({ type: ["integer", "null"], minimum: 1, maximum: 200 })).toBe(
      "integer, 1 to 200 or null",
    );
  });

  it("list the properties of an object that may be null", () => {
    const object = { type: "object", properties: { region: { type: "string" } } };
    expect(nullableObject({ anyOf: [object, { type: "null" }] })).toBe(object);
    expect(nullableObject(object)).toBeUndefined();
  });

  it("never print 'or or' on the page, and name the date fields' types whole", () => {
    expect(text).not.toMatch(/\bor\s+or\b/);
    expect(text).toContain("effectiveDate: string (date) or string (YYYY-MM) or null");
    expect(text).toContain('effectiveDatePrecision: one of "day", "month" or null');
    expect(text).toContain("archivedOn: string (date) or null");
    expect(text).toContain("supersededBy: string (slug) or null");
    expect(page).toMatch(/id="schema-RegionalSource"[^]*?An object, or null:[^]*?region/);
  });
});

describe("the API reference page", () => {
  it("points its readers to pages of the site, not to files of the repository", () => {
    expect(text).not.toMatch(/docs\/[a-z-]+\.md/);
    expect(text).toContain("Policy history page");
  });

  it("sets every answer's status beside its words, 304 as 200 and 400", () => {
    const rows = page.match(/<div class="[^"]*"><dt class="[^"]*">\d{3}<\/dt><dd class="[^"]*">/g);
    expect(rows?.length).toBeGreaterThan(20);
    expect(new Set(rows!.map((r) => r.replace(/\d{3}/, "")))).toHaveLength(1);
    expect(rows![0]).not.toContain("flex-wrap");
    expect(page).toContain("<dt");
    expect(page).toMatch(/>304<\/dt><dd class="min-w-0">Not modified/);
  });
});
