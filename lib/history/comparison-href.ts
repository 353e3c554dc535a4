/**
 * A comparison of two versions on a company's history page. `practices` (from /changes or a
 * practice feed) travel with it, so the comparison opens on the clauses of the practice the
 * reader was following rather than leaving them to find among every changed clause.
 */
export function comparisonHref(
  slug: string,
  from: number,
  to: number,
  practices: readonly string[] = [],
): string {
  const q = new URLSearchParams({ from: String(from), to: String(to) });
  for (const p of practices) q.append("practice", p);
  return `/companies/${encodeURIComponent(slug)}/changes?${q}`;
}

/** Practice names with those followed first, so a change's one-line summary names them. */
export function followedFirst(practices: readonly string[], followed: readonly string[]): string[] {
  return [
    ...practices.filter((p) => followed.includes(p)),
    ...practices.filter((p) => !followed.includes(p)),
  ];
}
