import { CORE_RUBRIC } from "./rubric";
import type { Rating } from "./ratings";

/** The id of the methodology page's rubric row for one practice and rating. */
export function rubricAnchor(practice: string, rating: Rating): string {
  return `rubric-${practice}-${rating}`;
}

/**
 * Where a rating badge leads: the rubric row for its practice and rating when the methodology
 * page has one, otherwise the general meaning of the rating (every practice without guidance of
 * its own, and "not addressed", which means silence everywhere).
 */
export function rubricHref(rating: Rating, practice?: string): string {
  return practice && CORE_RUBRIC[practice]?.ratings[rating]
    ? `/methodology#${rubricAnchor(practice, rating)}`
    : `/methodology#rating-${rating}`;
}
