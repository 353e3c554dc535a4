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
