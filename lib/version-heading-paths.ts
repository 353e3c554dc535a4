type Path = readonly string[];

/** The headings two paths open with in common. */
function sharedStart(a: Path, b: Path): Path {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/**
 * The heading path of each clause of a recorded version. The history keeps a clause's nearest
 * heading only, so two sections both called "Personal Data" (under "How Mozy Uses Information"
 * and under "User Information Mozy Collects") would read alike; the company's current policy
 * keeps whole paths, by clause anchor. So:
 *  - a clause the current policy has under the same heading takes the path it has there;
 *  - the other clauses of its run under that heading (a section) take the nearest one's path;
 *  - a section none of whose clauses the current policy has lies, in document order, between
 *    two that it has: it is under whatever headings both of those are under (a heading's
 *    section is one stretch of the text), and else at the top.
 */
export function versionHeadingPaths(
  clauses: readonly { anchor: string; heading: string }[],
  current: ReadonlyMap<string, Path>,
): string[][] {
  const paths = clauses.map((c): Path | null => {
    const path = current.get(c.anchor);
    return c.heading && path?.at(-1) === c.heading ? path : null;
  });
  const runs: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < clauses.length;) {
    let end = start + 1;
    while (end < clauses.length && clauses[end]!.heading === clauses[start]!.heading) end++;
    runs.push({ start, end });
    let near: Path | null = null;
    for (let i = start; i < end; i++) {
      paths[i] ??= near;
      near = paths[i] ?? null;
    }
    for (let i = end - 1; i >= start; i--) {
      paths[i] ??= near;
      near = paths[i] ?? null;
    }
    start = end;
  }

  const known = (from: number, step: 1 | -1): Path => {
    for (let i = from; i >= 0 && i < clauses.length; i += step) if (paths[i]) return paths[i]!;
    return [];
  };
  const placed = [...paths];
  for (const { start, end } of runs) {
    const heading = clauses[start]!.heading;
    if (paths[start] || !heading) continue;
    // Under a heading both neighbours are under: the one before may be that heading's own text.
    const around = sharedStart(known(start - 1, -1), known(end, 1).slice(0, -1));
    const at = around.indexOf(heading);
    const path = at >= 0 ? around.slice(0, at + 1) : [...around, heading];
    for (let i = start; i < end; i++) placed[i] = path;
  }
  return clauses.map((c, i) => [...(placed[i] ?? (c.heading ? [c.heading] : []))]);
}
