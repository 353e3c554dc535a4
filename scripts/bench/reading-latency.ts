/*
 * Machine reading of a 40 kB policy end to end — parse, segment, classify, extract facts and
 * suggest ratings (lib/reading/analyze-policy.ts), in process, no HTTP — timed over a number
 * of rounds after a warm-up; prints JSON: `npx tsx scripts/bench/reading-latency.ts [rounds]`.
 * Target (issue 10 §8): p50 ≤ 50 ms on the bench machine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzePolicy } from "../../lib/reading/analyze-policy";

const file = path.join(import.meta.dirname, "fixtures", "policy-40k.md");
const policy = readFileSync(file);
const rounds = Number(process.argv[2] ?? 30);

for (let i = 0; i < 3; i++) analyzePolicy(policy, { format: "markdown" });
const times: number[] = [];
// CPU time too: on a machine shared with other work, wall time also counts waiting for a core.
const cpu: number[] = [];
let clauses = 0;
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  clauses = analyzePolicy(policy, { format: "markdown" }).clauses.length;
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(
  JSON.stringify({
    bytes: policy.length,
    clauses,
    rounds,
    p50: Math.round(at(0.5) * 10) / 10,
    p95: Math.round(at(0.95) * 10) / 10,
    max: Math.round(times[times.length - 1]! * 10) / 10,
    cpuP50: Math.round(cpu[Math.floor(cpu.length / 2)]! * 10) / 10,
  }),
);
