import { describe, expect, it } from "vitest";
import { pastLastPageNotice } from "./past-last-page";

describe("pastLastPageNotice", () => {
  it("shows the one page of a list that has one, not 'the last'", () => {
    expect(pastLastPageNotice(1, "companies")).toBe(
      "There is only 1 page of companies; showing it.",
    );
  });

  it("shows the last of several pages", () => {
    expect(pastLastPageNotice(26, "changes")).toBe(
      "There are only 26 pages of changes; showing the last.",
    );
  });
});
