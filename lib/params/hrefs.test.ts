import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RATINGS } from "../ratings";
import { exportHref, practiceHref, searchHref, sortParam, type GridSort } from "./hrefs";
import { MAX_PAGE } from "./page-number";
import { parseSearchPageParams } from "./search-page-params";
import { normaliseSearchQuery } from "./search-query";

describe("searchHref", () => {
  it("encodes the query and joins lists with commas", () => {
    expect(
      searchHref({
        q: '"third parties" & more',
        companies: ["mozy", "code42"],
        practices: ["cookies"],
        page: 3,
      }),
    ).toBe(
      "/search?q=%22third%20parties%22%20%26%20more&companies=mozy,code42&practices=cookies&page=3",
    );
  });

  it("leaves out empty parts and page 1", () => {
    expect(searchHref({ q: "", companies: [], page: 1 })).toBe("/search");
    expect(searchHref({ q: "x" })).toBe("/search?q=x");
  });
});

describe("href builders, properties", () => {
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,4})?$/);
  const state = fc.record({
    q: fc.string({ maxLength: 40 }),
    companies: fc.uniqueArray(slug, { maxLength: 5 }),
    practices: fc.uniqueArray(slug, { maxLength: 5 }),
    page: fc.integer({ min: 1, max: MAX_PAGE }),
  });

  it("searchHref parses back to the same search with parseSearchPageParams", () => {
    fc.assert(
      fc.property(state, (s) => {
        const href = searchHref(s);
        const url = new URL(href, "http://x");
        expect(url.pathname).toBe("/search");
        const params: Record<string, string> = Object.fromEntries(url.searchParams);
        const back = parseSearchPageParams(params);
        expect(back.q).toBe(normaliseSearchQuery(s.q).q);
        expect(back.companies?.slugs ?? []).toEqual(s.companies);
        expect(back.practices?.slugs ?? []).toEqual(s.practices);
        expect(back.page).toBe(s.page);
      }),
      { numRuns: 500 },
    );
  });

  it("exportHref keeps every filter and the sort, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.record({
          format: fc.constantFrom("csv" as const, "json" as const),
          practices: fc.oneof(fc.constant("all" as const), fc.uniqueArray(slug, { maxLength: 4 })),
          companies: fc.uniqueArray(slug, { maxLength: 4 }),
          ratings: fc.subarray([...RATINGS]),
          sort: fc.constantFrom<GridSort>("name", "date", { practice: "retention" }),
        }),
        (s) => {
          const url = new URL(exportHref(s), "http://x");
          expect(url.pathname).toBe("/api/export");
          const p = url.searchParams;
          expect(p.get("format")).toBe(s.format);
          expect(p.get("practices")).toBe(
            s.practices === "all" ? "all" : s.practices.length ? s.practices.join(",") : null,
          );
          expect(p.get("companies")).toBe(s.companies.length ? s.companies.join(",") : null);
          // The grid's "not addressed" keeps the machine's "no clause found", which the API names apart.
          const asked = s.ratings.flatMap((r) =>
            r === "not-addressed" ? [r, "no-clause-found"] : [r],
          );
          expect(p.get("rating")).toBe(asked.length ? asked.join(",") : null);
          expect(p.get("sort")).toBe(sortParam(s.sort) ?? null);
        },
      ),
    );
  });

  it("practiceHref leaves page 1 out", () => {
    expect(practiceHref("cookies")).toBe("/practices/cookies");
    expect(practiceHref("cookies", { page: 1 })).toBe("/practices/cookies");
    expect(practiceHref("cookies", { page: 3 })).toBe("/practices/cookies?page=3");
    expect(
      practiceHref("retention", {
        sector: "dating",
        provenance: "machine",
        rating: "concerning",
        page: 2,
      }),
    ).toBe("/practices/retention?sector=dating&provenance=machine&rating=concerning&page=2");
  });
});
