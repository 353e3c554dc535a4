import { describe, expect, it } from "vitest";
import { bestThreshold } from "./thresholds";

describe("bestThreshold", () => {
  it("separates cleanly separable probabilities, in the middle of the gap", () => {
    const probs = [0.1, 0.2, 0.25, 0.7, 0.8, 0.9];
    const gold = [false, false, false, true, true, true];
    const { threshold, f1 } = bestThreshold(probs, gold);
    expect(f1).toBe(1);
    expect(threshold).toBeGreaterThan(0.25);
    expect(threshold).toBeLessThanOrEqual(0.7);
  });

  it("lowers the threshold when positives score low", () => {
    const probs = [0.05, 0.06, 0.07, 0.15, 0.16, 0.18, 0.2];
    const gold = [false, false, false, true, true, true, true];
    const { threshold, f1 } = bestThreshold(probs, gold);
    expect(f1).toBe(1);
    expect(threshold).toBeGreaterThan(0.07);
    expect(threshold).toBeLessThanOrEqual(0.15);
  });

  it("keeps 0.5 when there is no positive example to tune on", () => {
    expect(bestThreshold([0.1, 0.9], [false, false])).toEqual({ threshold: 0.5, f1: 0 });
  });
});
