import { describe, expect, it } from "vitest";
import { type LighthouseRun, medianRun } from "./lighthouse";

const run = (performance: number, tbt = `${performance} ms`, index?: number): LighthouseRun => ({
  url: "http://127.0.0.1:3300/",
  scores: { performance, accessibility: 100, "best-practices": 100, seo: 100 },
  metrics: { "total-blocking-time": tbt },
  benchmarkIndex: index,
});

describe("medianRun", () => {
  it("reports the run with the median performance score, whole, with every run's score", () => {
    const m = medianRun([run(97, "a"), run(94, "b"), run(96, "c"), run(91, "d"), run(98, "e")]);
    expect(m.scores!.performance).toBe(96);
    expect(m.metrics!["total-blocking-time"]).toBe("c");
    expect(m.performanceRuns).toEqual([97, 94, 96, 91, 98]);
  });

  it("keeps every run's CPU index beside its score, the median run's too", () => {
    const m = medianRun([run(90, "a", 1400), run(95, "b", 2200), run(93, "c", 1900)]);
    expect(m.benchmarkIndex).toBe(1900);
    expect(m.benchmarkIndexRuns).toEqual([1400, 2200, 1900]);
  });

  it("takes the lower middle of an even number, and leaves failed runs out", () => {
    const failed: LighthouseRun = { url: "x", error: "lighthouse exited with code 1" };
    expect(medianRun([run(97), failed, run(94), run(95), run(99)]).scores!.performance).toBe(95);
  });

  it("answers the last failure when every run failed", () => {
    const failures: LighthouseRun[] = [
      { url: "x", error: "first" },
      { url: "x", error: "second" },
    ];
    expect(medianRun(failures).error).toBe("second");
  });
});
