import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAGE } from "./page-number";
import { parseSearchPageParams } from "./search-page-params";
import { normaliseSearchQuery } from "./search-query";
import { parseSlugList } from "./slug-list";

const value = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.integer({ min: -10, max: 5_000 }).map(String),
  fc.constantFrom(
    "",
    "1.5",
    "1e3",
    "NaN",
    "Infinity",
    "cookies,retention",
    "<script>alert(1)</script>",
    "x".repeat(12_000),
  ),
);
const params = fc.dictionary(
  fc.constantFrom("q", "page", "companies", "practices", "x", "__proto__"),
  fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)),
);

describe("parseSearchPageParams properties", () => {
  it("never throws, keeps the page within 1–MAX_PAGE, and reads q and the filters as their own parsers do", () => {
    fc.assert(
      fc.property(params, (sp) => {
        const r = parseSearchPageParams(sp);
        expect(Number.isInteger(r.page)).toBe(true);
        expect(r.page).toBeGreaterThanOrEqual(1);
        expect(r.page).toBeLessThanOrEqual(MAX_PAGE);
        expect({ q: r.q, truncated: r.truncated }).toEqual(normaliseSearchQuery(sp.q));
        expect(r.companies).toEqual(parseSlugList(sp.companies));
        expect(r.practices).toEqual(parseSlugList(sp.practices));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a whole page number in range as given", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_PAGE }), (n) => {
        expect(parseSearchPageParams({ page: String(n) }).page).toBe(n);
        expect(parseSearchPageParams({ page: [String(n), "7"] }).page).toBe(n);
      }),
    );
  });
});
