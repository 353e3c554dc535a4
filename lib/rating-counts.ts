import type { Provenance } from "./provenance";
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

/** The companies of one kind (curated or machine-read) and how many of them got each rating. */
export type KindCounts = { companies: number; counts: RatingCounts };
/** One practice's counts, curated and machine-read apart: the two kinds are never summed. */
export type PracticeRatingCounts = Record<Provenance, KindCounts>;

/**
 * Rows of an aggregation (practice, kind, rating, number of companies) as counts per practice;
 * every practice named gets both kinds, zeros included, so a page can show an empty kind or not.
 */
export function tallyPracticeRatings(
  practices: Iterable<string>,
  rows: Iterable<{ practice: string; provenance: Provenance; rating: Rating; companies: number }>,
): Map<string, PracticeRatingCounts> {
  const empty = (): KindCounts => ({ companies: 0, counts: countRatings([]) });
  const tally = new Map<string, PracticeRatingCounts>(
    [...practices].map((p) => [p, { curated: empty(), machine: empty() }]),
  );
  for (const r of rows) {
    const kind = tally.get(r.practice)?.[r.provenance];
    if (!kind) continue;
    kind.companies += r.companies;
    kind.counts[r.rating] += r.companies;
  }
  return tally;
}
