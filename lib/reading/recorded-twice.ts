import type { ReadClause } from "./ingest";

/** A repeat shorter than this is the policy's own (a list of categories given for two purposes). */
const MIN_REPEAT = 10;
/** Nor one that is a small part of the text: Instagram repeats a 23-clause list among 581. */
const MIN_SHARE = 0.3;
/** Earlier copies of the last clause tried as the end of the first copy. */
const CANDIDATES = 3;

/**
 * The clauses without a second copy of the text at its end: a page recorded with its policy twice
 * (DuckDuckGo's 24 clauses after 25, Shein's 106, World Market's 82, each the same words under the
 * same headings in the same order) is one policy, and read twice it would quote and count every
 * clause twice. A repeat is dropped only when it runs to the end, is at least MIN_REPEAT clauses
 * and MIN_SHARE of them, and repeats an earlier run of clauses; anything else is left as written.
 */
export function dropRecordedTwice(clauses: ReadClause[]): ReadClause[] {
  const n = clauses.length;
  if (n < 2 * MIN_REPEAT) return clauses;
  const keys = clauses.map((c) => `${c.headingPath.join("\u0000")}\u0001${c.text}`);
  const last = keys[n - 1]!;
  let best = 0;
  let tried = 0;
  // From the nearest earlier copy of the last clause backwards, a few at most: linear whatever
  // the input (a hostile text of one clause repeated is not searched pair by pair).
  for (let j = n - 2; j >= 0 && tried < CANDIDATES; j--) {
    if (keys[j] !== last) continue;
    tried++;
    let k = 0;
    // The first copy ends before the repeat starts (k ≤ n - 1 - j), with or without other text
    // between them (Shein has 72 clauses between its two copies).
    while (k < n - 1 - j && j - k >= 0 && keys[j - k] === keys[n - 1 - k]) k++;
    best = Math.max(best, k);
  }
  return best >= MIN_REPEAT && best >= n * MIN_SHARE ? clauses.slice(0, n - best) : clauses;
}
