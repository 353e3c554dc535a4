import { describe, expect, it } from "vitest";
import { companiesLegendHint, ratingFilterLabel } from "./grid-filter-words";

describe("ratingFilterLabel", () => {
  it("names the machine's silence beside 'not addressed' when machine-read columns are shown", () => {
    expect(ratingFilterLabel("not-addressed", true)).toBe("Only not addressed or no clause found");
    expect(ratingFilterLabel("not-addressed", false)).toBe("Only not addressed");
    expect(ratingFilterLabel("concerning", true)).toBe("Only concerning");
  });
});

describe("companiesLegendHint", () => {
  it("does not promise every company at once when the grid pages them", () => {
    expect(companiesLegendHint(true)).toBe(
      "(none ticked = the view’s companies, a page at a time)",
    );
    expect(companiesLegendHint(false)).toBe("(none ticked = all)");
  });
});
