/*
 * The machine-reading part of `npm run bench` (issue 10 §8): reading a 40 kB policy end to end
 * (reading-latency.ts) and training the classifier (classifier-speed.ts), each run in its own
 * process, as the server and `npm run train` run them, so their figures are not disturbed by the
 * bench's own heap. Targets: p50 ≤ 50 ms to read the policy, training ≤ 2 minutes.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import type { Verdict } from "./report";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export const MACHINE_READING_TARGETS = { readingP50Ms: 50, trainSeconds: 120 } as const;

const readingSchema = z.object({
  bytes: z.number(),
  clauses: z.number(),
  rounds: z.number(),
  p50: z.number(),
  p95: z.number(),
  max: z.number(),
  cpuP50: z.number(),
  /** The same rounds once the process has read the policy this many times (for information). */
  steadyAfter: z.number().optional(),
  steadyP50: z.number().optional(),
  steadyCpuP50: z.number().optional(),
});
const classifierSchema = z.object({
  trainingClauses: z.number(),
  trainSeconds: z.number().nullable(),
  trainCpuSeconds: z.number().nullable().optional(),
  modelLoadMs: z.number(),
  policyClauses: z.number(),
  classifyPolicyP50Ms: z.number(),
  classifyPolicyP95Ms: z.number(),
  clausesPerSecond: z.number(),
});

type Failed = { error: string };
export type MachineReadingResult = {
  reading: z.infer<typeof readingSchema> | Failed;
  classifier: z.infer<typeof classifierSchema> | Failed;
};

/** Runs one bench script with tsx and parses the JSON of its last line, or says why it could not. */
function runScript<T>(script: string, args: string[], schema: z.ZodType<T>): T | Failed {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "bench", script), ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 600_000 },
  );
  const last = run.stdout?.trim().split("\n").at(-1) ?? "";
  try {
    return schema.parse(JSON.parse(last));
  } catch {
    return { error: (run.stderr || run.stdout || `exit ${run.status}`).trim().slice(0, 500) };
  }
}

export function measureMachineReading(): MachineReadingResult {
  return {
    reading: runScript("reading-latency.ts", ["30"], readingSchema),
    classifier: runScript("classifier-speed.ts", ["30"], classifierSchema),
  };
}

export function machineReadingVerdicts(r: MachineReadingResult | undefined): Verdict[] {
  if (!r) return [];
  const { readingP50Ms, trainSeconds } = MACHINE_READING_TARGETS;
  const reading = r.reading;
  const train = "error" in r.classifier ? null : r.classifier.trainSeconds;
  return [
    {
      target: `machine reading of a 40 kB policy, end to end: p50 ≤ ${readingP50Ms} ms`,
      figure: "error" in reading ? "could not run" : `${reading.p50.toFixed(1)} ms`,
      pass: "error" in reading ? null : reading.p50 <= readingP50Ms,
    },
    {
      target: `training the clause classifier (\`npm run train\`'s work) ≤ ${trainSeconds / 60} min`,
      figure: train === null ? "could not run" : `${train.toFixed(1)} s`,
      pass: train === null ? null : train <= trainSeconds,
    },
  ];
}

export function machineReadingMarkdown(r: MachineReadingResult | undefined): string[] {
  if (!r) return [];
  const { reading, classifier } = r;
  return [
    "## Machine reading",
    "",
    "In process, no HTTP: `scripts/bench/reading-latency.ts` reads `scripts/bench/fixtures/policy-40k.md` end to end (parse, segment, classify, extract facts, suggest ratings) 30 times after a warm-up of three readings, the target judged on these; then, for information, 30 times more once the process has read it 100 times. The first readings of a process are slower: V8 compiles the reading's code and patterns as they get hot, over dozens of readings, on another core (so CPU time exceeds wall time meanwhile); a server that has read for a while reads at the later figure. `scripts/bench/classifier-speed.ts` times training (cross-validation and the final fit, as `npm run train`) and classification alone. CPU time is shown beside wall time because other work on the machine makes wall time wait for a core.",
    "",
    ...("error" in reading
      ? [`Reading could not run: \`${reading.error}\``]
      : [
          "| policy | clauses | p50 | p95 | max | CPU p50 | p50 once warm | its CPU p50 |",
          "|--:|--:|--:|--:|--:|--:|--:|--:|",
          `| ${(reading.bytes / 1000).toFixed(1)} kB | ${reading.clauses} | ${reading.p50.toFixed(1)} ms | ${reading.p95.toFixed(1)} ms | ${reading.max.toFixed(1)} ms | ${reading.cpuP50.toFixed(1)} ms | ${reading.steadyP50 === undefined ? "–" : `${reading.steadyP50.toFixed(1)} ms (after ${reading.steadyAfter} readings)`} | ${reading.steadyCpuP50 === undefined ? "–" : `${reading.steadyCpuP50.toFixed(1)} ms`} |`,
        ]),
    "",
    ...("error" in classifier
      ? [`Classifier timing could not run: \`${classifier.error}\``]
      : [
          "| training clauses | training | training, CPU | model load | classify a 40 kB policy (p50 / p95) | clauses per second |",
          "|--:|--:|--:|--:|--:|--:|",
          `| ${classifier.trainingClauses.toLocaleString("en-US")} | ${classifier.trainSeconds === null ? "–" : `${classifier.trainSeconds.toFixed(1)} s`} | ${classifier.trainCpuSeconds == null ? "–" : `${classifier.trainCpuSeconds.toFixed(1)} s`} | ${Math.round(classifier.modelLoadMs)} ms | ${classifier.classifyPolicyP50Ms.toFixed(1)} / ${classifier.classifyPolicyP95Ms.toFixed(1)} ms (${classifier.policyClauses} clauses) | ${classifier.clausesPerSecond.toLocaleString("en-US")} |`,
        ]),
    "",
  ];
}
