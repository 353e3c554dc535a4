/** "a", "a and b", "a, b and c"; past four, "a, b, c and 3 more practices". */
export function listPractices(names: string[]): string {
  const lower = names.map((n) => n.charAt(0).toLowerCase() + n.slice(1));
  const shown =
    lower.length > 4 ? [...lower.slice(0, 3), `${lower.length - 3} more practices`] : lower;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** The one-line summary of a change: "4 clauses changed, in data retention and third-party sharing". */
export function describeChange(changedClauses: number, practiceNames: string[]): string {
  if (changedClauses === 0) return "No clause changed";
  const count = `${changedClauses.toLocaleString("en")} clause${changedClauses === 1 ? "" : "s"} changed`;
  if (practiceNames.length === 0) return `${count}, none about a particular practice`;
  return `${count}, in ${listPractices(practiceNames)}`;
}

/**
 * A change's counts as a feed's summary says them: "1 clause modified", "6 clauses modified, 2
 * added and 7 removed"; a count of none is left out, as the pages leave it out ("1 modified").
 */
export function describeCounts(c: { modified: number; added: number; removed: number }): string {
  const parts = (
    [
      [c.modified, "modified"],
      [c.added, "added"],
      [c.removed, "removed"],
    ] as const
  ).filter(([n]) => n > 0);
  if (parts.length === 0) return "no clause changed";
  const [first, ...rest] = parts.map(([n, what]) => `${n.toLocaleString("en")} ${what}`);
  const total = parts[0]![0];
  const lead = first!.replace(/^(\S+) /, `$1 clause${total === 1 ? "" : "s"} `);
  if (rest.length === 0) return lead;
  return `${[lead, ...rest.slice(0, -1)].join(", ")} and ${rest[rest.length - 1]}`;
}
