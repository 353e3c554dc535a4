import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const LIGHTHOUSE = "lighthouse@12.2.3";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;
export type LighthouseRun = {
  url: string;
  scores?: LighthouseScores;
  metrics?: Record<string, string>;
  error?: string;
  /** Every run's performance score, in the order run, when the figure is the median of several. */
  performanceRuns?: number[];
  /**
   * Lighthouse's `benchmarkIndex`: how fast the machine ran a fixed piece of JavaScript as the
   * run began (higher is faster). Its simulated phone is this machine slowed 4×, so on a shared
   * machine a run's blocking time, and its score, move with it.
   */
  benchmarkIndex?: number;
  /** Every run's benchmarkIndex, in the order run, beside performanceRuns (null: not reported). */
  benchmarkIndexRuns?: Array<number | null>;
};

/**
 * Runs per page. One run's performance score moves by several points from run to run (the grid
 * scored 97, then 94 after a change of one footer line, then 95 on the same code under load);
 * Lighthouse's own guidance on variability is that the median of five runs is about twice as
 * stable as one, so the bench reports that median.
 */
export const LIGHTHOUSE_RUNS = 5;

/**
 * The run whose performance score is the median (the middle of an odd number; the lower middle
 * of an even one, so a tie never flatters), its scores and metrics kept together as one run's;
 * failed runs are left out, and when all failed the last failure is the answer.
 */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const ok = runs.filter((r) => r.scores);
  if (!ok.length) return runs.at(-1) ?? { url: "", error: "no run" };
  const sorted = [...ok].sort((a, b) => a.scores!.performance - b.scores!.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...median,
    performanceRuns: ok.map((r) => r.scores!.performance),
    benchmarkIndexRuns: ok.map((r) => r.benchmarkIndex ?? null),
  };
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking";

/** Lighthouse needs a Chromium; install Debian's when missing and allowed (as the e2e tests do). */
export function ensureChromium(): string | null {
  if (existsSync(CHROME)) return null;
  const r = spawnSync("bash", [path.join(ROOT, "scripts", "ensure-chromium.sh")], {
    encoding: "utf8",
    env: { ...process.env, CHROMIUM_PATH: CHROME },
  });
  return r.status === 0 && existsSync(CHROME)
    ? null
    : `No Chromium at ${CHROME}: ${(r.stderr || r.stdout || "").trim().split("\n").pop()}`;
}

/** One Lighthouse run with its default (mobile, simulated throttling) settings; never throws. */
export function runLighthouse(url: string, outputFile: string): Promise<LighthouseRun> {
  const args = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--output=json",
    `--output-path=${outputFile}`,
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  return new Promise((resolve) => {
    const child = spawn("npx", args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROME },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.stdout.on("data", () => undefined);
    const timer = setTimeout(() => child.kill("SIGKILL"), 300_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const failed = (why: string) =>
        resolve({
          url,
          error: `${why}: ${stderr.trim().split("\n").slice(-3).join(" | ") || "no output"}`,
        });
      if (code !== 0)
        return failed(
          signal ? `killed by ${signal} after 300 s` : `lighthouse exited with code ${code}`,
        );
      try {
        const report = JSON.parse(readFileSync(outputFile, "utf8"));
        if (report.runtimeError)
          return failed(`runtime error ${report.runtimeError.code} ${report.runtimeError.message}`);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
        ) as LighthouseScores;
        const metrics = Object.fromEntries(
          [
            "first-contentful-paint",
            "largest-contentful-paint",
            "total-blocking-time",
            "cumulative-layout-shift",
            "dom-size",
          ].map((id) => [id, String(report.audits[id]?.displayValue ?? "–")]),
        );
        const index = report.environment?.benchmarkIndex;
        resolve({
          url,
          scores,
          metrics,
          benchmarkIndex: typeof index === "number" ? Math.round(index) : undefined,
        });
      } catch (e) {
        failed(`could not read the report (${(e as Error).message})`);
      }
    });
  });
}
