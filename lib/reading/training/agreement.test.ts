import { describe, expect, it } from "vitest";
import type { PracticeSlug } from "../practice-slugs";
import { labellingAgreement } from "./agreement";
import type { LabelledClause } from "./labels";

const clause = (id: string, practices: PracticeSlug[], policy = "acme"): LabelledClause => ({
  id,
  policy,
  headingPath: [],
  text: `clause ${id}`,
  practices,
  source: "test",
});

describe("labellingAgreement", () => {
  it("matches clauses by policy and id and computes kappa per practice", () => {
    const first = [
      clause("1", ["cookies"]),
      clause("2", ["cookies", "choice"]),
      clause("3", []),
      clause("4", ["choice"]),
      clause("9", ["cookies"], "other"),
    ];
    const second = [
      clause("1", ["cookies"]),
      clause("2", ["cookies"]),
      clause("3", []),
      clause("4", ["choice"]),
      clause("5", ["cookies"]),
    ];
    const r = labellingAgreement(first, second);
    expect(r.clauses).toBe(4);
    expect(r.unmatched).toBe(1);
    const cookies = r.perPractice.find((p) => p.practice === "cookies")!;
    expect(cookies).toMatchObject({ first: 2, second: 2, observed: 1, kappa: 1 });
    const choice = r.perPractice.find((p) => p.practice === "choice")!;
    // first: 2 yes of 4; second: 1 yes; po = 3/4; pe = .5·.25 + .5·.75 = .5 → kappa .5
    expect(choice.kappa).toBeCloseTo(0.5);
    expect(r.perPractice.find((p) => p.practice === "children")!.kappa).toBeNull();
    expect(r.exactSets).toBe(0.75);
  });
});
