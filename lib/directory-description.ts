import type { Provenance } from "./provenance";

/**
 * The /companies meta description, with the counts the data has (they change with the corpus);
 * without counts (the database unreachable) it says what the page holds and no number.
 */
export function directoryDescription(counts: Record<Provenance, number> | null): string {
  const what = counts
    ? `${counts.curated} curated and ${counts.machine} machine-read privacy policies`
    : "curated and machine-read privacy policies";
  return `Every company in the atlas: ${what}, searchable by name and filterable by sector.`;
}
