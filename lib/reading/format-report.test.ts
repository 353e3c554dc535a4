import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { formatReport } from "./format-report";

describe("the readable report of a reading", () => {
  it("gives a no-clause-found practice the closest clause's probability, not a confidence", () => {
    const analysis = analyzePolicy("# Acme privacy\n\nWe use cookies to keep you signed in.", {
      format: "markdown",
    });
    const report = formatReport(analysis, "Acme", "test");
    const silent = analysis.findings.find((f) => f.rating === "not-addressed")!;
    expect(report).toMatch(/\| no clause found \| — \| no clause found: /);
    expect(report).not.toMatch(/\| no clause found \| \d/);
    expect(report).toContain(
      `(closest clause: ${Math.round((1 - silent.confidence) * 100) < 1 ? "under 1%" : `${Math.round((1 - silent.confidence) * 100)}%`} likely to be about this practice).`,
    );
  });

  it("states a month the policy gives without a day as a month", () => {
    const analysis = analyzePolicy(
      "# Acme privacy\n\nLast updated: June 2026\n\nWe use cookies to keep you signed in.",
      { format: "markdown" },
    );
    expect(formatReport(analysis, "Acme", "test")).toContain(
      "last modified 2026-06 (a month: the policy states no day), from “Last updated: June 2026”.",
    );
  });

  it("states a day as a day", () => {
    const analysis = analyzePolicy(
      "# Acme privacy\n\nLast updated: June 5, 2026\n\nWe use cookies to keep you signed in.",
      { format: "markdown" },
    );
    expect(formatReport(analysis, "Acme", "test")).toContain("last modified 2026-06-05, from");
  });
});
