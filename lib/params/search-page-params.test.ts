import { describe, expect, it } from "vitest";
import { parseSearchPageParams } from "./search-page-params";

describe("parseSearchPageParams", () => {
  it("reads a provenance filter, and keeps a value it cannot use to mention it", () => {
    expect(parseSearchPageParams({ q: "x", provenance: "machine" })).toMatchObject({
      provenance: "machine",
      badProvenance: null,
    });
    expect(parseSearchPageParams({ q: "x", provenance: "robots" })).toMatchObject({
      provenance: null,
      badProvenance: "robots",
    });
    expect(parseSearchPageParams({ q: "x", provenance: "all" }).badProvenance).toBeNull();
  });

  it("reads the query, the filters and the page", () => {
    expect(
      parseSearchPageParams({
        q: " arbitration ",
        companies: ["centercode", "dotcloud"],
        practices: "disputes",
        page: "2",
      }),
    ).toEqual({
      q: "arbitration",
      truncated: false,
      companies: { slugs: ["centercode", "dotcloud"], malformed: [] },
      practices: { slugs: ["disputes"], malformed: [] },
      provenance: null,
      badProvenance: null,
      page: 2,
      unknownParams: null,
    });
  });

  it("falls back to page 1 for a page number that makes no sense", () => {
    for (const page of ["0", "-3", "abc", "1.5", "100001", "1e3", " 2", ""])
      expect(parseSearchPageParams({ page }).page).toBe(1);
  });

  it("reads the first of repeated page numbers", () => {
    expect(parseSearchPageParams({ page: ["2", "3"] }).page).toBe(2);
  });

  it("gives an empty query and no filters for an empty URL", () => {
    expect(parseSearchPageParams({})).toEqual({
      q: "",
      truncated: false,
      companies: undefined,
      practices: undefined,
      provenance: null,
      badProvenance: null,
      page: 1,
      unknownParams: null,
    });
  });

  it("reads /changes's singular company and practice as its own companies and practices", () => {
    const r = parseSearchPageParams({ q: "cookies", company: "mozy", practice: "cookies" });
    expect(r.companies).toEqual({ slugs: ["mozy"], malformed: [] });
    expect(r.practices).toEqual({ slugs: ["cookies"], malformed: [] });
    expect(r.unknownParams).toBeNull();
    expect(
      parseSearchPageParams({ companies: "code42", company: ["mozy", "code42"] }).companies,
    ).toEqual({ slugs: ["code42", "mozy"], malformed: [] });
  });

  it("names a parameter it does not read, with the one an obvious slip meant", () => {
    expect(parseSearchPageParams({ q: "x", sector: "messaging" }).unknownParams).toBe(
      'Ignored unknown parameter "sector": the search reads q, companies, practices (company and practice too), provenance and page.',
    );
    expect(parseSearchPageParams({ q: "x", Companies: "mozy" }).unknownParams).toMatch(
      /^Ignored unknown parameter "Companies" \(did you mean companies\?\)/,
    );
  });
});
