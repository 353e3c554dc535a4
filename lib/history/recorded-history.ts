import type { Provenance } from "../provenance";

type Kept = { provenance: Provenance; recordedBy: string | null };

/**
 * Whether a company's versions are recordings (Open Terms Archive's, read by the machine): every
 * machine-read company's, and a company promoted to curated from the corpus, whose text is still
 * recorded. Otherwise the history is one archived Wayback copy, never recorded again.
 */
export function hasRecordedHistory(c: Kept): boolean {
  return c.provenance === "machine" || c.recordedBy !== null;
}
