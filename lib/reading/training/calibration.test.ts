import { describe, expect, it } from "vitest";
import { calibrate, plattScaling } from "./calibration";

describe("plattScaling", () => {
  it("maps scores onto the rate at which they are right", () => {
    // Scores of 0.1 are right 60 % of the time, scores of 0.02 never: an under-confident model.
    const probs = [...Array(100).fill(0.1), ...Array(100).fill(0.02)];
    const gold = [...Array(60).fill(true), ...Array(40).fill(false), ...Array(100).fill(false)];
    const c = plattScaling(probs, gold);
    expect(calibrate(0.1, c)).toBeGreaterThan(0.5);
    expect(calibrate(0.1, c)).toBeLessThan(0.65);
    expect(calibrate(0.02, c)).toBeLessThan(0.05);
  });

  it("is monotone, so no decision changes order", () => {
    const probs = Array.from({ length: 50 }, (_, i) => (i + 1) / 52);
    const gold = probs.map((p, i) => p > 0.6 || i % 7 === 0);
    const c = plattScaling(probs, gold);
    const calibrated = probs.map((p) => calibrate(p, c));
    for (let i = 1; i < calibrated.length; i++)
      expect(calibrated[i]!).toBeGreaterThan(calibrated[i - 1]!);
  });

  it("leaves scores alone when one class is missing", () => {
    expect(plattScaling([0.2, 0.3], [false, false])).toEqual({ a: 1, b: 0 });
  });
});
