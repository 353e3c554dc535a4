/*
 * Clause classifier speed: `npm run train`'s work (cross-validation + final fit) timed once on
 * the committed labels, and classification of a 40 kB policy's clauses (p50/p95 over repeated
 * runs) plus raw throughput. Prints one JSON object. `--no-train` skips the training timing.
 * Usage: tsx scripts/bench/classifier-speed.ts [rounds] [--no-train]
 */
import path from "node:path";
import { classifyClauses } from "../../lib/reading/classifier";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import { loadTrainingClauses } from "../../lib/reading/training/labels";
import { trainModel } from "../../lib/reading/training/train-model";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 30);
const clauses = loadTrainingClauses(ROOT);

let trainSeconds: number | null = null;
let trainCpuSeconds: number | null = null;
if (!process.argv.includes("--no-train")) {
  const t = performance.now();
  const c = process.cpuUsage();
  trainModel(clauses, TRAIN_CONFIG);
  trainSeconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(c);
  // CPU time too: on a machine shared with other work, wall time also counts waiting for a core.
  trainCpuSeconds = (used.user + used.system) / 1e6;
}

// A policy of about 40 kB: real labelled clauses, in order, until the size is reached.
const policy: string[] = [];
let bytes = 0;
for (const c of clauses) {
  if (bytes >= 40_000) break;
  policy.push(c.text);
  bytes += Buffer.byteLength(c.text) + 2;
}
const coldStart = performance.now();
classifyClauses(policy.slice(0, 1));
const loadMs = performance.now() - coldStart;
for (let i = 0; i < 3; i++) classifyClauses(policy);
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  classifyClauses(policy);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const texts = clauses.map((c) => c.text);
const t = performance.now();
classifyClauses(texts);
const perSecond = texts.length / ((performance.now() - t) / 1000);

console.log(
  JSON.stringify({
    trainingClauses: clauses.length,
    trainSeconds,
    trainCpuSeconds,
    modelLoadMs: loadMs,
    policyBytes: bytes,
    policyClauses: policy.length,
    classifyPolicyP50Ms: at(50),
    classifyPolicyP95Ms: at(95),
    clausesPerSecond: Math.round(perSecond),
  }),
);
