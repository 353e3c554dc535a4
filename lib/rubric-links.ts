import type { Provenance } from "./provenance";
import { CORE_RUBRIC } from "./rubric";
import type { Rating } from "./ratings";

/** Where the methodology says what the machine's "No clause found" means (and does not). */
export const NO_CLAUSE_FOUND_ANCHOR = "no-clause-found";

/** The id of the methodology page's rubric row for one practice and rating. */
export function rubricAnchor(practice: string, rating: Rating): string {
  return `rubric-${practice}-${rating}`;
}

/**
 * Where a rating badge leads: the rubric row for its practice and rating when the methodology
 * page has one, otherwise the general meaning of the rating (every practice without guidance of
 * its own, and "not addressed", which means silence everywhere). The machine's "No clause
 * found" is not a finding of silence, so it leads to what it does mean instead.
 */
export function rubricHref(
  rating: Rating,
  practice?: string,
  provenance: Provenance = "curated",
): string {
  if (rating === "not-addressed" && provenance === "machine")
    return `/methodology#${NO_CLAUSE_FOUND_ANCHOR}`;
  return practice && CORE_RUBRIC[practice]?.ratings[rating]
    ? `/methodology#${rubricAnchor(practice, rating)}`
    : `/methodology#rating-${rating}`;
}
