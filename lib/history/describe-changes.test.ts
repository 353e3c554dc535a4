import { describe, expect, it } from "vitest";
import { describeChange, describeCounts } from "./describe-changes";

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

describe("describeCounts", () => {
  it("says one clause in the singular and leaves out the counts of none", () => {
    expect(describeCounts({ modified: 1, added: 0, removed: 0 })).toBe("1 clause modified");
    expect(describeCounts({ modified: 0, added: 1, removed: 0 })).toBe("1 clause added");
    expect(describeCounts({ modified: 0, added: 3, removed: 1 })).toBe(
      "3 clauses added and 1 removed",
    );
  });

  it("lists three counts with commas and an 'and', numbers grouped", () => {
    expect(describeCounts({ modified: 6, added: 2, removed: 7 })).toBe(
      "6 clauses modified, 2 added and 7 removed",
    );
    expect(describeCounts({ modified: 1200, added: 1, removed: 0 })).toBe(
      "1,200 clauses modified and 1 added",
    );
    expect(describeCounts({ modified: 0, added: 0, removed: 0 })).toBe("no clause changed");
  });
});
