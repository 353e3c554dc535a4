import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRACTICE_SLUGS, assignPractices, classifierInfo, classifyClauses } from "./classifier";

describe("classifier (through its interface only)", () => {
  it("lists the 14 practices of seeds/practices.json in taxonomy order", () => {
    const file = path.resolve(import.meta.dirname, "..", "..", "seeds", "practices.json");
    const slugs = (JSON.parse(readFileSync(file, "utf8")) as Array<{ slug: string }>).map(
      (p) => p.slug,
    );
    expect([...PRACTICE_SLUGS]).toEqual(slugs);
  });

  it("gives a probability in [0, 1] for every practice of every clause, in input order", () => {
    const out = classifyClauses(["We use cookies.", "Disputes go to binding arbitration.", ""]);
    expect(out).toHaveLength(3);
    for (const probs of out)
      for (const slug of PRACTICE_SLUGS) {
        expect(probs[slug]).toBeGreaterThanOrEqual(0);
        expect(probs[slug]).toBeLessThanOrEqual(1);
      }
  });

  it("assigns clearly worded clauses to their practice and an empty clause to none", () => {
    const [cookies, disputes, children, empty] = classifyClauses([
      "We use cookies and web beacons to remember your preferences.",
      "Any dispute shall be resolved by binding arbitration administered by the American Arbitration Association.",
      "We do not knowingly collect information from children under 13.",
      "",
    ]);
    expect(assignPractices(cookies!)).toContain("cookies");
    expect(assignPractices(disputes!)).toContain("disputes");
    expect(assignPractices(children!)).toContain("children");
    expect(assignPractices(empty!)).toEqual([]);
    expect(classifierInfo.name).toBeTruthy();
  });
});
