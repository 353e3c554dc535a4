import { parentPort, workerData } from "node:worker_threads";
import { SeedError } from "../seed/seed-error";
import { planCorpusCompany, type CorpusEntry } from "./build-corpus-plan";

/** Machine-reads its share of the corpus and sends the plans back (read-in-parallel.ts). */
const { dir, entries } = workerData as { dir: string; entries: CorpusEntry[] };
try {
  parentPort!.postMessage({ ok: true, plans: entries.map((e) => planCorpusCompany(dir, e)) });
} catch (e) {
  parentPort!.postMessage(
    e instanceof SeedError
      ? { ok: false, seedError: { file: e.file, field: e.field, problem: e.problem } }
      : { ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
  );
}
