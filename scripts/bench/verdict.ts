/** One target of the bench, its measured figure and whether it was met (null: not judged). */
export type Verdict = { target: string; figure: string; pass: boolean | null };

/** The line a bench script prints for a verdict. */
export const verdictLine = (v: Verdict) =>
  `${v.pass === null ? "  –  " : v.pass ? "PASS " : "FAIL "} ${v.target}: ${v.figure}`;
