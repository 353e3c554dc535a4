import { describe, expect, it } from "vitest";
import { cohensKappa } from "./kappa";

describe("Cohen's kappa", () => {
  it("matches a worked example", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    const a = [
      ...Array(20).fill(true),
      ...Array(5).fill(true),
      ...Array(10).fill(false),
      ...Array(15).fill(false),
    ];
    const b = [
      ...Array(20).fill(true),
      ...Array(5).fill(false),
      ...Array(10).fill(true),
      ...Array(15).fill(false),
    ];
    // po = 0.7; pe = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = 0.4
    expect(cohensKappa(a, b)).toBeCloseTo(0.4);
  });

  it("is 1 for perfect agreement, 0 at chance and negative below it", () => {
    expect(cohensKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    expect(cohensKappa([true, true, false, false], [true, false, true, false])).toBe(0);
    expect(cohensKappa([true, false], [false, true])).toBe(-1);
  });

  it("is undefined (null) when both raters gave one answer to everything", () => {
    expect(cohensKappa([false, false, false], [false, false, false])).toBeNull();
    expect(cohensKappa([], [])).toBeNull();
  });

  it("refuses ratings of different lengths", () => {
    expect(() => cohensKappa([true], [true, false])).toThrow();
  });
});
