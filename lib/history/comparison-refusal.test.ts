import { describe, expect, it } from "vitest";
import { comparisonRefusal } from "./comparison-refusal";

const telegram = new Map([
  [2280040, "Apr 3, 2024"],
  [2280041, "Jun 1, 2024"],
]);

describe("comparisonRefusal", () => {
  it("lets two of the company's versions be compared", () => {
    expect(comparisonRefusal({ from: 2280040, to: 2280041 }, telegram, "Telegram")).toBeNull();
    expect(comparisonRefusal({ from: 2280041, to: 2280040 }, telegram, "Telegram")).toBeNull();
  });

  it("names the company, not its slug, for a version not among its own, with one full stop", () => {
    const notice = comparisonRefusal({ from: 50001, to: 2280040 }, telegram, "Telegram")!;
    expect(notice).toBe(
      "Version 50001 is not among Telegram’s recorded versions. Pick two different versions in the list below, one under From and one under To, then “Compare the selected versions”.",
    );
    expect(notice).not.toMatch(/\.\./);
    expect(comparisonRefusal({ from: 1, to: 2 }, telegram, "Telegram")).toMatch(
      /^Versions 1 and 2 are not among Telegram’s recorded versions\./,
    );
  });

  it("says when the same version was picked twice, and how to pick two", () => {
    expect(comparisonRefusal({ from: 2280040, to: 2280040 }, telegram, "Telegram")).toBe(
      "The same version (Apr 3, 2024) was picked twice, as both ends of the comparison, so there is nothing to compare. Pick two different versions in the list below, one under From and one under To, then “Compare the selected versions”.",
    );
  });

  it("offers no pick where the company has a single version", () => {
    const one = new Map([[7, "May 9, 2023"]]);
    expect(comparisonRefusal({ from: 7, to: 7 }, one, "Mozy")).toBe(
      "The same version (May 9, 2023) was picked twice: Mozy’s is the only recorded version, so there is nothing to compare.",
    );
    expect(comparisonRefusal({ from: 7, to: 8 }, one, "Mozy")).toBe(
      "Version 8 is not among Mozy’s recorded versions.",
    );
  });
});
