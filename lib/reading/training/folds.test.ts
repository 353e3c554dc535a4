import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policyFolds } from "./folds";

describe("policyFolds", () => {
  it("never splits a policy across folds, and fills every fold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), { minLength: 40 }),
        fc.integer({ min: 2, max: 5 }),
        (policies, k) => {
          fc.pre(new Set(policies).size >= k);
          const folds = policyFolds(policies, k);
          const foldOf = new Map<string, number>();
          policies.forEach((p, i) => {
            expect(foldOf.get(p) ?? folds[i]).toBe(folds[i]);
            foldOf.set(p, folds[i]!);
          });
          expect(new Set(folds).size).toBe(k);
        },
      ),
    );
  });

  it("balances clause counts and is the same on every run", () => {
    const policies = [
      ...Array(50).fill("big"),
      ...Array(20).fill("m1"),
      ...Array(20).fill("m2"),
      ...Array(10).fill("s"),
    ];
    const folds = policyFolds(policies, 2);
    expect(folds).toEqual(policyFolds(policies, 2));
    const sizes = [0, 1].map((f) => folds.filter((x) => x === f).length);
    expect(sizes.sort()).toEqual([50, 50]);
  });

  it("refuses more folds than policies", () => {
    expect(() => policyFolds(["a", "a", "b"], 3)).toThrow(/2 policies/);
  });
});
