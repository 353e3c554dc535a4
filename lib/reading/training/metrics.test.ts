import { describe, expect, it } from "vitest";
import { countsOf, multiLabelReport, scoresOf } from "./metrics";

describe("metrics", () => {
  it("computes precision, recall and F1 from hand-counted decisions", () => {
    const c = countsOf([true, true, false, true, false], [true, false, true, true, false]);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1 });
    const s = scoresOf(c);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.support).toBe(3);
  });

  it("scores 0, not NaN, when nothing is predicted or nothing is there", () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 3 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      support: 3,
    });
    expect(scoresOf({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
  });

  it("pools counts for micro-F1 and averages per-label F1 for macro-F1", () => {
    const predicted = [new Set(["a"]), new Set(["a", "b"]), new Set<string>()];
    const gold = [new Set(["a"]), new Set(["a"]), new Set(["b"])];
    const r = multiLabelReport(["a", "b"], predicted, gold);
    // a: tp 2, fp 0, fn 0 → F1 1; b: tp 0, fp 1, fn 1 → F1 0
    expect(r.perLabel.a.f1).toBe(1);
    expect(r.perLabel.b.f1).toBe(0);
    expect(r.macroF1).toBe(0.5);
    // pooled: tp 2, fp 1, fn 1
    expect(r.micro.f1).toBeCloseTo(2 / 3);
  });
});
