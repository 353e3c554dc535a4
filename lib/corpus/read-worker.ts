import { parentPort, workerData } from "node:worker_threads";
import { SeedError } from "../seed/seed-error";
import { planCorpusCompany, type CorpusEntry } from "./build-corpus-plan";

/*
 * Machine-reads the policies it is handed, one message each, and sends each plan back as soon
 * as it is read (read-in-parallel.ts), so the seed writes while it reads and this thread keeps
 * no more than one policy in memory.
 */
const { dir } = workerData as { dir: string };
parentPort!.on("message", ({ index, entry }: { index: number; entry: CorpusEntry }) => {
  try {
    parentPort!.postMessage({ ok: true, index, plan: planCorpusCompany(dir, entry) });
  } catch (e) {
    parentPort!.postMessage(
      e instanceof SeedError
        ? { ok: false, index, seedError: { file: e.file, field: e.field, problem: e.problem } }
        : { ok: false, index, message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
    );
  }
});
