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
    });
  });
});
