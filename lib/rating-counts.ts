import { RATINGS, type Rating } from "./ratings";

/** How many findings carry each rating: a count, not a score (no rating weighs more than another). */
export type RatingCounts = Record<Rating, number>;

export function countRatings(ratings: Iterable<Rating>): RatingCounts {
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as RatingCounts;
  for (const r of ratings) counts[r]++;
  return counts;
}

/**
 * Each company's counts over the practices shown: only cells of those practices count, and a
 * company with no cell among them gets zeros rather than being left out.
 */
export function countRatingsByCompany(
  cells: Iterable<{ company: string; practice: string; rating: Rating }>,
  practices: Iterable<string>,
  companies: Iterable<string>,
): Map<string, RatingCounts> {
  const shown = new Set(practices);
  const byCompany = new Map<string, Rating[]>([...companies].map((c) => [c, []]));
  for (const cell of cells)
    if (shown.has(cell.practice)) byCompany.get(cell.company)?.push(cell.rating);
  return new Map([...byCompany].map(([company, ratings]) => [company, countRatings(ratings)]));
}
