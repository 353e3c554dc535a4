import { describe, expect, it } from "vitest";
import { historySection, historyVerdicts, type HistoryBench } from "./history-bench";

const bench = (over: Partial<HistoryBench> = {}): HistoryBench => ({
  load: {
    companies: 307,
    versions: 16_665,
    clauseTexts: 106_712,
    workers: 2,
    wallSeconds: 80,
    loaderCpuSeconds: 120,
    postgresCpuSeconds: 15,
    loadAverageBefore: 0.5,
    loadAverageAfter: 2.1,
  },
  skip: { processSeconds: 1.2, checkMs: 40 },
  latency: {
    diff: {
      comparisons: 760,
      distinctPairs: 152,
      services: 8,
      p50: 8,
      p95: 30,
      p99: 45,
      max: 60,
      parts: { queriesMs: 600, matchingMs: 300, wordDiffMs: 100 },
      worst: { ms: 60, slug: "booking-com", distance: 120, changed: 400 },
    },
    timeline: {
      slug: "xanga",
      versions: 2484,
      ms: 90,
      statements: 2,
      oneVersionSlug: "mozy",
      statementsForOneVersion: 2,
    },
  },
  ...over,
});

describe("the history's bench verdicts", () => {
  it("passes every target the readings meet", () => {
    const v = historyVerdicts(bench());
    expect(v.map((x) => x.pass)).toEqual([true, true, true, true]);
    expect(v[0]!.target).toContain("16,665 versions");
  });

  it("fails a slow load, a slow skip, a slow comparison and a timeline whose queries grow", () => {
    const b = bench();
    if ("error" in b.load || "error" in b.latency) throw new Error("unreachable");
    b.load.wallSeconds = 91;
    b.latency.diff.p95 = 50.1;
    b.latency.timeline.statements = 3;
    const v = historyVerdicts({ ...b, skip: { processSeconds: 2.5, checkMs: 30 } });
    expect(v.map((x) => x.pass)).toEqual([false, false, false, false]);
  });

  it("says what could not run, and a skip that did not happen fails", () => {
    const v = historyVerdicts(
      bench({ load: { error: "boom" }, skip: { error: "did not skip" }, latency: { error: "x" } }),
    );
    expect(v.map((x) => x.pass)).toEqual([null, false, null]);
    expect(historySection(bench({ load: { error: "boom" } })).join("\n")).toContain("boom");
  });

  it("writes the load's CPU, the idle-machine floor and where a comparison's time goes", () => {
    const md = historySection(bench()).join("\n");
    expect(md).toContain("| 16,665 | 307 | 106,712 | 80.0 s | 120.0 s | 15.0 s | 0.5 → 2.1 |");
    expect(md).toContain("135 s of CPU in all");
    expect(md).toContain("| 60 % | 30 % | 10 % |");
    expect(historyVerdicts(undefined)).toEqual([]);
  });
});
