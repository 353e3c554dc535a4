import { describe, expect, it } from "vitest";
import { closestClauseNote, formatConfidence } from "./provenance";

describe("what a machine finding says of its own certainty", () => {
  it("gives a rating's confidence with its level", () => {
    expect(formatConfidence(0.734)).toBe("73% (medium)");
  });

  it("never claims certainty that a policy is silent, only how near the closest clause came", () => {
    // A short policy: no clause got any probability for the practice.
    expect(closestClauseNote(1)).toBe("Closest clause: under 1% likely to be about this practice");
    expect(closestClauseNote(0.998)).toBe(
      "Closest clause: under 1% likely to be about this practice",
    );
    expect(closestClauseNote(0.81)).toBe("Closest clause: 19% likely to be about this practice");
    for (const c of [1, 0.999, 0.995, 0.9]) expect(closestClauseNote(c)).not.toMatch(/100%/);
  });
});
