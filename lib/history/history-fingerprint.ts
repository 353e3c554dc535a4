import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { machineFingerprint } from "../corpus/machine-fingerprint";

/** Raised when the stored history's shape changes in a way its inputs do not show. */
const HISTORY_FORMAT = "history-2";

let cached: string | null = null;

/*
 * A digest of the code a stored history is built from: the machine-reading fingerprint
 * (segmentation, classifier weights, rules, corpus loader) and this folder's code. Changing any
 * of it makes the next start reload every history; otherwise unchanged histories are skipped.
 */
export function historyCodeFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256").update(HISTORY_FORMAT).update(machineFingerprint());
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir).sort())
    if (name.endsWith(".ts") && !name.endsWith(".test.ts"))
      hash.update(name).update(readFileSync(path.join(dir, name)));
  cached = hash.digest("hex");
  return cached;
}
