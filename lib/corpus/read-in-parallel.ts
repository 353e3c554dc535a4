import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { SeedError } from "../seed/seed-error";
import { planCorpusCompany, type CorpusCompanyPlan, type CorpusEntry } from "./build-corpus-plan";

/** Below this many policies a worker costs more to start than it saves. */
const PER_WORKER_MIN = 12;
const MAX_WORKERS = 4;

type Reply =
  | { ok: true; plans: CorpusCompanyPlan[] }
  | { ok: false; seedError?: { file: string; field: string; problem: string }; message?: string };

function runWorker(dir: string, entries: CorpusEntry[]): Promise<CorpusCompanyPlan[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./read-worker-entry.mjs", import.meta.url), {
      workerData: { dir, entries },
    });
    worker.once("message", (reply: Reply) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.plans);
      else if (reply.seedError)
        reject(new SeedError(reply.seedError.file, reply.seedError.field, reply.seedError.problem));
      else reject(new Error(`Machine reading failed in a worker: ${reply.message}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`A machine-reading worker stopped (exit code ${code}).`));
    });
  });
}

/*
 * Machine reading is CPU-bound (parsing markdown is most of it: about 37 s of CPU for the 302
 * policies), so a fresh load spreads the policies over worker threads, one per core, balanced
 * by size; the largest go first. A few changed policies are read in place.
 */
export async function planCorpusCompanies(
  dir: string,
  entries: CorpusEntry[],
): Promise<CorpusCompanyPlan[]> {
  const workers = Math.min(
    availableParallelism(),
    MAX_WORKERS,
    Math.floor(entries.length / PER_WORKER_MIN),
  );
  if (workers <= 1) return entries.map((e) => planCorpusCompany(dir, e));
  const shares: CorpusEntry[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  for (const e of [...entries].sort((a, b) => b.service.latestBytes - a.service.latestBytes)) {
    const i = load.indexOf(Math.min(...load));
    shares[i]!.push(e);
    load[i]! += e.service.latestBytes;
  }
  const results = await Promise.all(shares.map((share) => runWorker(dir, share)));
  const bySlug = new Map(results.flat().map((p) => [p.slug, p]));
  return entries.map((e) => bySlug.get(e.service.slug)!);
}
