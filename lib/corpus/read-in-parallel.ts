import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { SeedError } from "../seed/seed-error";
import { planCorpusCompany, type CorpusCompanyPlan, type CorpusEntry } from "./build-corpus-plan";

/** Below this many policies a worker costs more to start than it saves. */
const PER_WORKER_MIN = 12;
const MAX_WORKERS = 4;
/** Policies queued at a worker besides the one it reads, so it never waits for the next. */
const QUEUED_PER_WORKER = 2;
/*
 * The writer takes the companies read so far once they hold this many clauses: enough that the
 * statements per batch (a dozen, whatever its size) cost little, few enough that the last batch,
 * written after the reading ends, is short.
 */
const BATCH_CLAUSES = 2_000;

type Reply =
  | { ok: true; index: number; plan: CorpusCompanyPlan }
  | {
      ok: false;
      index: number;
      seedError?: { file: string; field: string; problem: string };
      message?: string;
    };

export type CorpusReading = {
  /**
   * The plans in the order of the entries, in batches as they are read; throws the first
   * entry's error (a SeedError for a bad history file) once the reading reaches it.
   */
  batches: () => AsyncGenerator<CorpusCompanyPlan[], void, undefined>;
  /** When the last policy was read (performance.now() and process.cpuUsage()), once it was. */
  finished: () => { at: number; cpu: NodeJS.CpuUsage } | null;
  /** Stops the workers (the reading is abandoned when the writing fails); safe to call twice. */
  stop: () => Promise<void>;
};

/*
 * A worker started on the TypeScript sources loads some 300 modules through tsx's loader, which
 * costs each worker about 1.5 s of CPU before it reads anything. Bundled into one file by
 * esbuild (0.5 s, in its own process) the same code loads in 0.2 s, so the workers run the
 * bundle, and the sources through tsx only if bundling fails.
 */
async function workerScript(): Promise<{ url: URL; remove: () => void }> {
  const sources = {
    url: new URL("./read-worker-entry.mjs", import.meta.url),
    remove: () => undefined,
  };
  let dir: string | null = null;
  try {
    const { build } = await import("esbuild");
    dir = mkdtempSync(path.join(tmpdir(), "policy-atlas-read-"));
    const outfile = path.join(dir, "read-worker.mjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./read-worker.ts", import.meta.url))],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
    });
    const made = dir;
    return {
      url: pathToFileURL(outfile),
      remove: () => rmSync(made, { recursive: true, force: true }),
    };
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    return sources;
  }
}

/*
 * Machine reading is CPU-bound (parsing markdown is most of it), so a fresh load spreads the
 * policies over worker threads, one per core, and starts them at once: the seed's transaction
 * writes each batch while the workers read the next (docs/corpus.md, "How the seed loads it").
 * Policies are handed out one by one in the entries' order, a worker taking the next as it
 * finishes one, so the workers end together and the batches come in order (the rows get the
 * same ids as when written all at once). A few changed policies are read in place.
 */
export function readCorpus(dir: string, entries: CorpusEntry[]): CorpusReading {
  const workerCount = Math.min(
    availableParallelism(),
    MAX_WORKERS,
    Math.floor(entries.length / PER_WORKER_MIN),
  );
  let finished: { at: number; cpu: NodeJS.CpuUsage } | null = null;
  const markFinished = () => {
    finished ??= { at: performance.now(), cpu: process.cpuUsage() };
  };
  if (entries.length === 0) markFinished();
  if (workerCount <= 1) return readInPlace(dir, entries, markFinished, () => finished);

  const results: Array<CorpusCompanyPlan | Error | undefined> = new Array(entries.length);
  let arrived = 0;
  let next = 0;
  /** A policy failed: nothing after it is handed out, and the seed stops when it gets there. */
  let failed = false;
  /** A worker crashed: the policies it held will never come back. */
  let crash: Error | null = null;
  let stopped = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (e: Error) => {
    crash ??= e;
    notify();
  };

  const workers: Worker[] = [];
  let removeScript = () => {};
  const start = (script: URL) => {
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(script, { workerData: { dir } });
      const handOut = () => {
        if (failed || crash || stopped || next >= entries.length) return;
        const index = next++;
        worker.postMessage({ index, entry: entries[index] });
      };
      worker.on("message", (reply: Reply) => {
        if (reply.ok) results[reply.index] = reply.plan;
        else {
          results[reply.index] = reply.seedError
            ? new SeedError(reply.seedError.file, reply.seedError.field, reply.seedError.problem)
            : new Error(`Machine reading failed in a worker: ${reply.message}`);
          failed = true;
        }
        if (++arrived === entries.length) markFinished();
        handOut();
        notify();
      });
      worker.once("error", fail);
      worker.once("exit", (code) => {
        if (!stopped) fail(new Error(`A machine-reading worker stopped (exit code ${code}).`));
      });
      for (let i = 0; i <= QUEUED_PER_WORKER; i++) handOut();
      workers.push(worker);
    }
  };
  const started = workerScript().then((script) => {
    removeScript = script.remove;
    if (stopped) script.remove();
    else start(script.url);
  });

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await started;
    await Promise.all(workers.map((w) => w.terminate()));
    removeScript();
  };

  async function* batches(): AsyncGenerator<CorpusCompanyPlan[], void, undefined> {
    let done = 0;
    let pending: CorpusCompanyPlan[] = [];
    let pendingClauses = 0;
    try {
      for (;;) {
        for (let r = results[done]; r !== undefined; r = results[done]) {
          if (r instanceof Error) throw r;
          pending.push(r);
          pendingClauses += r.clauses.length;
          results[done++] = undefined;
        }
        if (crash) throw crash;
        // A bad policy further on: wait for the ones before it (one of them may fail first, and
        // that is the error to report), then fail there.
        if (!failed) {
          if (done === entries.length) {
            if (pending.length) yield pending;
            return;
          }
          if (pendingClauses >= BATCH_CLAUSES) {
            const batch = pending;
            pending = [];
            pendingClauses = 0;
            yield batch;
            continue;
          }
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      await stop();
    }
  }

  return { batches, finished: () => finished, stop };
}

function readInPlace(
  dir: string,
  entries: CorpusEntry[],
  markFinished: () => void,
  finished: CorpusReading["finished"],
): CorpusReading {
  async function* batches(): AsyncGenerator<CorpusCompanyPlan[], void, undefined> {
    let pending: CorpusCompanyPlan[] = [];
    let pendingClauses = 0;
    for (const entry of entries) {
      const plan = planCorpusCompany(dir, entry);
      pending.push(plan);
      pendingClauses += plan.clauses.length;
      if (pendingClauses >= BATCH_CLAUSES) {
        yield pending;
        pending = [];
        pendingClauses = 0;
      }
    }
    markFinished();
    if (pending.length) yield pending;
  }
  return { batches, finished, stop: async () => undefined };
}
