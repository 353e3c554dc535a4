import { describe, expect, it } from "vitest";
import {
  assignPractices,
  classifierInfo,
  classifyClauses,
  PRACTICE_SLUGS,
  type PracticeProbabilities,
} from "./classifier";

const all = (p: number) =>
  Object.fromEntries(PRACTICE_SLUGS.map((s) => [s, p])) as PracticeProbabilities;

describe("classifyClauses", () => {
  it("gives a probability for every practice of every clause, in order", () => {
    const out = classifyClauses(["We use cookies.", "", "x".repeat(100_000)]);
    expect(out).toHaveLength(3);
    for (const probs of out) {
      expect(Object.keys(probs)).toEqual([...PRACTICE_SLUGS]);
      for (const p of Object.values(probs)) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
    expect(classifyClauses([])).toEqual([]);
  });

  it("reads clauses that state a practice plainly", () => {
    const [cookies, merger, kids, changes] = classifyClauses([
      "We and our advertising partners use cookies and web beacons to track your browsing.",
      "If we are involved in a merger, acquisition or sale of assets, your personal information may be transferred to the buyer.",
      "Our services are not directed to children under 13 and we do not knowingly collect their personal information.",
      "We may update this privacy policy from time to time and will notify you of material changes by email.",
    ]).map(assignPractices);
    expect(cookies).toContain("cookies");
    expect(merger).toEqual(expect.arrayContaining(["business-transfer", "third-parties"]));
    expect(kids).toContain("children");
    expect(changes).toContain("policy-changes");
  });
});

describe("assignPractices", () => {
  it("assigns a practice at or above its threshold and none below", () => {
    expect(assignPractices(all(0))).toEqual([]);
    expect(assignPractices(all(1))).toEqual([...PRACTICE_SLUGS]);
    const t = classifierInfo.thresholds.security;
    expect(assignPractices({ ...all(0), security: t })).toEqual(["security"]);
  });

  it("adds third-party sharing to a legal disclosure", () => {
    expect(assignPractices({ ...all(0), "law-enforcement": 1 })).toEqual([
      "third-parties",
      "law-enforcement",
    ]);
  });
});

describe("classifierInfo", () => {
  it("describes the committed model", () => {
    expect(classifierInfo.trainingSize).toBeGreaterThan(100);
    expect(Object.keys(classifierInfo.thresholds)).toEqual([...PRACTICE_SLUGS]);
    expect(classifierInfo.kind).toMatch(/\w/);
  });
});
