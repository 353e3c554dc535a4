import type { Rating } from "./ratings";

/** A company's rating of a practice: all that deciding a difference needs. */
export type RatedCell = { company: string; practice: string; rating: Rating };

/**
 * The practices on which the given companies' ratings are not all the same. One company alone
 * differs from no one, so nothing differs then.
 */
export function differingPractices(
  cells: readonly RatedCell[],
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
