import { describe, expect, it } from "vitest";
import { countsScope } from "./counts-scope";

describe("countsScope", () => {
  it("says the counts cover every company on every page, not the page shown", () => {
    expect(countsScope(307, null, 12)).toBe(
      "Ratings of all 307 companies, on every page (this page shows 12):",
    );
    expect(countsScope(302, "machine", 2)).toBe(
      "Ratings of all 302 machine-read companies, on every page (this page shows 2):",
    );
  });

  it("names the filter's kind, and says no more when every company is on the page", () => {
    expect(countsScope(5, "curated", null)).toBe("Ratings of all 5 curated companies:");
    expect(countsScope(1, "machine", null)).toBe("Ratings of the one machine-read company:");
    expect(countsScope(1_302, null, 12)).toContain("all 1,302 companies");
  });

  it("names the sector a page is narrowed to", () => {
    expect(countsScope(7, null, null, "Dating")).toBe("Ratings of all 7 companies in Dating:");
    expect(countsScope(0, "curated", null, "Dating")).toBe(
      "Ratings of no curated company in Dating:",
    );
  });
});
