import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const LIB = path.resolve(import.meta.dirname, "..");

/** Raised when a machine-read company's data format changes in a way its inputs do not show. */
const CORPUS_FORMAT = "corpus-1";

function hashTree(hash: ReturnType<typeof createHash>, dir: string) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else if (/\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      hash.update(path.relative(LIB, full)).update(readFileSync(full));
  }
}

let cached: string | null = null;

/*
 * A digest of everything machine reading depends on besides the policy text: the model's
 * weights, the reading code and its rules (lib/reading/), the segmentation (lib/seed/
 * segment-policy.ts), the reading of the policy's stated date (lib/seed/parse-effective-date.ts)
 * and the corpus loader itself. Retraining or editing a rule changes it,
 * so the next seed rereads every machine-read company; otherwise an unchanged corpus is skipped.
 */
export function machineFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256").update(CORPUS_FORMAT);
  hashTree(hash, path.join(LIB, "reading"));
  hashTree(hash, path.join(LIB, "corpus"));
  hash.update(readFileSync(path.join(LIB, "seed", "segment-policy.ts")));
  hash.update(readFileSync(path.join(LIB, "seed", "parse-effective-date.ts")));
  cached = hash.digest("hex");
  return cached;
}
