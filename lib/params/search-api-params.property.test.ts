import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, parseSearchApiParams } from "./search-api-params";
import { MAX_QUERY_LENGTH, normaliseSearchQuery } from "./search-query";

const value = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.integer({ min: -5, max: 1_000 }).map(String),
  fc.constantFrom(
    "",
    " ",
    "1e2",
    "0x10",
    "20.0",
    "٣",
    "<script>alert(1)</script>",
    "x".repeat(5_000),
  ),
);
const query = fc.record(
  {
    q: fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })),
    limit: fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe("parseSearchApiParams properties", () => {
  it("never throws, and either accepts a usable query and limit or names the problem briefly", () => {
    fc.assert(
      fc.property(query, (params) => {
        const r = parseSearchApiParams(params);
        if (r.ok) {
          expect(r.params.q.length).toBeGreaterThan(0);
          expect(r.params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
          expect(r.params.q).toBe(normaliseSearchQuery(params.q).q);
          expect(Number.isInteger(r.params.limit)).toBe(true);
          expect(r.params.limit).toBeGreaterThanOrEqual(1);
          expect(r.params.limit).toBeLessThanOrEqual(MAX_SEARCH_LIMIT);
          if (params.limit === undefined) expect(r.params.limit).toBe(DEFAULT_SEARCH_LIMIT);
          else expect(r.params.limit).toBe(Number(params.limit));
        } else {
          expect(r.error.length).toBeGreaterThan(0);
          // Errors describe the rule; they never echo a long hostile value back.
          expect(r.error.length).toBeLessThan(200);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a parameter given more than once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("cookies", "5"), { minLength: 2, maxLength: 4 }),
        fc.constantFrom("q", "limit"),
        (values, key) => {
          const r = parseSearchApiParams({ q: "cookies", [key]: values });
          expect(r).toEqual({ ok: false, error: `Give ${key} only once.` });
        },
      ),
    );
  });
});
