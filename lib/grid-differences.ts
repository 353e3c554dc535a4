import type { GridCellData } from "./queries/matrix";

/**
 * The practices on which the given companies' ratings are not all the same. One company alone
 * differs from no one, so nothing differs then.
 */
export function differingPractices(
  cells: readonly GridCellData[],
  companies: readonly string[],
): Set<string> {
  const seen = new Map<string, Set<string>>();
  for (const c of cells) {
    if (!companies.includes(c.company)) continue;
    const ratings = seen.get(c.practice) ?? new Set<string>();
    ratings.add(c.rating);
    seen.set(c.practice, ratings);
  }
  return new Set([...seen].filter(([, ratings]) => ratings.size > 1).map(([p]) => p));
}
