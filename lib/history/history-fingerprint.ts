import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { machineFingerprint } from "../corpus/machine-fingerprint";

/** Raised when the stored history's shape changes in a way its inputs do not show. */
const HISTORY_FORMAT = "history-2";

/** Where loading starts: the loader and the worker it forks by path. */
const LOADER_ENTRIES = ["load-history.ts", "history-worker.ts"];
const LOCAL_IMPORT = /(?:from|import)\s*\(?\s*["']\.\/([\w.-]+?)(?:\.ts)?["']/g;

let cached: string | null = null;

/**
 * The files of this folder the loader runs: its entries and what they import from here, in turn.
 * The pages' wording (notes, feeds, diffs) lives here too but writes nothing stored, so changing
 * it does not reload every history.
 */
export function loaderFiles(dir: string = import.meta.dirname): string[] {
  const seen = new Set<string>();
  const todo = [...LOADER_ENTRIES];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name) || !existsSync(path.join(dir, name))) continue;
    seen.add(name);
    for (const m of readFileSync(path.join(dir, name), "utf8").matchAll(LOCAL_IMPORT))
      todo.push(`${m[1]}.ts`);
  }
  return [...seen].sort();
}

/*
 * A digest of the code a stored history is built from: the machine-reading fingerprint
 * (segmentation, classifier weights, rules, corpus loader) and the loader's files in this folder.
 * Changing any of it makes the next start reload every history; otherwise unchanged histories
 * are skipped.
 */
export function historyCodeFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256").update(HISTORY_FORMAT).update(machineFingerprint());
  const dir = import.meta.dirname;
  for (const name of loaderFiles(dir)) hash.update(name).update(readFileSync(path.join(dir, name)));
  cached = hash.digest("hex");
  return cached;
}
