import { describe, expect, it } from "vitest";
import {
  machineReadingMarkdown,
  machineReadingVerdicts,
  type MachineReadingResult,
} from "./machine-reading";

const reading = { bytes: 40_700, clauses: 94, rounds: 30, p50: 31.2, p95: 40, max: 55, cpuP50: 30 };
const classifier = {
  trainingClauses: 3359,
  trainSeconds: 25.4,
  trainCpuSeconds: 24.9,
  modelLoadMs: 310,
  policyClauses: 94,
  classifyPolicyP50Ms: 9.5,
  classifyPolicyP95Ms: 12,
  clausesPerSecond: 9000,
};

describe("machine reading in the bench report", () => {
  it("passes reading and training when both are within their targets", () => {
    const v = machineReadingVerdicts({ reading, classifier });
    expect(v.map((x) => [x.figure, x.pass])).toEqual([
      ["31.2 ms", true],
      ["25.4 s", true],
    ]);
  });

  it("fails a slow reading or slow training, and says when a script could not run", () => {
    const slow = machineReadingVerdicts({
      reading: { ...reading, p50: 50.1 },
      classifier: { ...classifier, trainSeconds: 121 },
    });
    expect(slow.map((x) => x.pass)).toEqual([false, false]);
    const broken: MachineReadingResult = {
      reading: { error: "boom" },
      classifier: { ...classifier, trainSeconds: null },
    };
    expect(machineReadingVerdicts(broken).map((x) => [x.figure, x.pass])).toEqual([
      ["could not run", null],
      ["could not run", null],
    ]);
    expect(machineReadingMarkdown(broken).join("\n")).toContain("Reading could not run: `boom`");
  });

  it("shows the reading once warm beside the first readings, and judges the first", () => {
    const warm = { ...reading, p50: 58.6, steadyAfter: 100, steadyP50: 44.2, steadyCpuP50: 45.1 };
    expect(machineReadingVerdicts({ reading: warm, classifier })[0]!.pass).toBe(false);
    expect(machineReadingMarkdown({ reading: warm, classifier }).join("\n")).toContain(
      "| 58.6 ms | 40.0 ms | 55.0 ms | 30.0 ms | 44.2 ms (after 100 readings) | 45.1 ms |",
    );
  });

  it("adds nothing when the bench did not measure machine reading", () => {
    expect(machineReadingVerdicts(undefined)).toEqual([]);
    expect(machineReadingMarkdown(undefined)).toEqual([]);
  });

  it("tables both measurements", () => {
    const md = machineReadingMarkdown({ reading, classifier }).join("\n");
    expect(md).toContain("| 40.7 kB | 94 | 31.2 ms | 40.0 ms | 55.0 ms | 30.0 ms | – | – |");
    expect(md).toContain(
      "| 3,359 | 25.4 s | 24.9 s | 310 ms | 9.5 / 12.0 ms (94 clauses) | 9,000 |",
    );
  });
});
