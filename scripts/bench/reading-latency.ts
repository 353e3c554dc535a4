/*
 * Machine reading of a 40 kB policy end to end — parse, segment, classify, extract facts and
 * suggest ratings (lib/reading/analyze-policy.ts), in process, no HTTP — timed over a number
 * of rounds after a warm-up; prints JSON: `npx tsx scripts/bench/reading-latency.ts [rounds]`.
 * Target (issue 10 §8): p50 ≤ 50 ms on the bench machine, judged on those rounds.
 *
 * Then, for information, the same number of rounds once the process has read the policy
 * STEADY_AFTER times: V8 compiles the reading's code and patterns as they get hot, for dozens
 * of readings (its optimising compiler runs on another core, so CPU time exceeds wall time
 * meanwhile), and a server that has read for a while reads at the later figure.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzePolicy } from "../../lib/reading/analyze-policy";

const file = path.join(import.meta.dirname, "fixtures", "policy-40k.md");
const policy = readFileSync(file);
const rounds = Number(process.argv[2] ?? 30);
const WARM_UP = 3;
const STEADY_AFTER = 100;

let clauses = 0;
/** `n` timed readings: wall and CPU time (on a shared machine wall time also waits for a core). */
function timed(n: number) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < n; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    clauses = analyzePolicy(policy, { format: "markdown" }).clauses.length;
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { times, cpu };
}
const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;

for (let i = 0; i < WARM_UP; i++) analyzePolicy(policy, { format: "markdown" });
const { times, cpu } = timed(rounds);
for (let i = WARM_UP + rounds; i < STEADY_AFTER; i++) analyzePolicy(policy, { format: "markdown" });
const steady = timed(rounds);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(
  JSON.stringify({
    bytes: policy.length,
    clauses,
    rounds,
    p50: round1(at(0.5)),
    p95: round1(at(0.95)),
    max: round1(times[times.length - 1]!),
    cpuP50: round1(median(cpu)),
    steadyAfter: Math.max(STEADY_AFTER, WARM_UP + rounds),
    steadyP50: round1(median(steady.times)),
    steadyCpuP50: round1(median(steady.cpu)),
  }),
);
