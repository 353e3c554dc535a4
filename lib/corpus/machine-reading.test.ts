import { describe, expect, it } from "vitest";
import { analyzePolicy } from "../reading/analyze-policy";
import { readMachinePolicy } from "./machine-reading";

const POLICY = `# Privacy Policy

## Cookies
We use cookies and web beacons from advertising networks to show you ads on other sites.

## Retention
We keep your data for as long as your account is open and delete it within 30 days after you close it.
`;

describe("readMachinePolicy: a practice with no clause found", () => {
  it("carries one minus the closest clause's probability, as the page shows it", () => {
    const analysis = analyzePolicy(POLICY, { format: "markdown" });
    const reading = readMachinePolicy(POLICY);
    const silent = reading.findings.filter((f) => f.rating === "not-addressed");
    expect(silent.length).toBeGreaterThan(0);
    for (const f of silent) {
      const a = analysis.findings.find((x) => x.practice === f.practice)!;
      expect(a.closest).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeCloseTo(1 - a.closest, 2);
    }
  });

  it("closest is at least the best supporting clause's probability", () => {
    for (const f of analyzePolicy(POLICY, { format: "markdown" }).findings)
      for (const s of f.supporting) expect(f.closest).toBeGreaterThanOrEqual(s.probability);
  });
});
