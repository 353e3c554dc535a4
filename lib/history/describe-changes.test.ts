import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-changes";

describe("describeChange", () => {
  it("names the practices a change touches in one line", () => {
    expect(describeChange(4, ["Data retention", "Third-party sharing"])).toBe(
      "4 clauses changed, in data retention and third-party sharing",
    );
    expect(describeChange(1, ["Cookies & tracking"])).toBe(
      "1 clause changed, in cookies & tracking",
    );
  });

  it("shortens a long list and says when no practice is touched", () => {
    expect(describeChange(9, ["A", "B", "C", "D", "E", "F"])).toBe(
      "9 clauses changed, in a, b, c and 3 more practices",
    );
    expect(describeChange(2, [])).toBe("2 clauses changed, none about a particular practice");
    expect(describeChange(0, [])).toBe("No clause changed");
  });
});
