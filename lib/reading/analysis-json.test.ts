import { describe, expect, it } from "vitest";
import { analysisJson } from "./analysis-json";
import { analyzePolicy } from "./analyze-policy";

describe("the public JSON of a reading", () => {
  const analysis = analyzePolicy(
    "# Acme privacy\n\nWe collect your email address to send you our newsletter.\n\nWe use cookies to keep you signed in.",
    { format: "markdown" },
  );
  const json = analysisJson(analysis);

  it("says no-clause-found, with the closest clause's probability, where no clause was found", () => {
    const silent = analysis.findings.filter((f) => f.rating === "not-addressed");
    expect(silent.length).toBeGreaterThan(0);
    for (const f of silent) {
      const out = json.findings.find((o) => o.practice === f.practice)!;
      expect(out).toMatchObject({ rating: "no-clause-found", confidence: null });
      expect(out.closestClauseProbability).toBe(Math.round((1 - f.confidence) * 100) / 100);
    }
    expect(json.findings.map((f) => f.rating)).not.toContain("not-addressed");
  });

  it("keeps a rated finding's confidence", () => {
    const rated = json.findings.filter((f) => f.rating !== "no-clause-found");
    expect(rated.length).toBeGreaterThan(0);
    for (const f of rated) {
      expect(f.confidence).toEqual(expect.any(Number));
      expect(f.closestClauseProbability).toBeNull();
    }
  });

  it("gives a month the policy states without a day as a month, with its precision", () => {
    const dated = analysisJson(
      analyzePolicy("# Acme privacy\n\nUpdated August 2026\n\nWe use cookies.", {
        format: "markdown",
      }),
    );
    expect(dated.statedDate).toEqual({
      date: "2026-08",
      precision: "month",
      label: "Last modified",
      stated: "Updated August 2026",
    });
  });
});
