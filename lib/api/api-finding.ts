import type { Provenance } from "../provenance";
import { RATINGS, type Rating } from "../ratings";

/**
 * The ratings the API, the exports and `npm run analyze -- --format json` give: the rubric's
 * four, where `not-addressed` always means the policy is silent (a person read it), and
 * `no-clause-found` for a machine-read finding where no clause reached the practice's threshold.
 * The machine can miss a clause, so its silence is not the policy's; a consumer filtering on one
 * value, a spreadsheet column in particular, must not get both (docs/decisions/0008-no-clause-found-in-the-api.md).
 */
export const API_RATINGS = [...RATINGS, "no-clause-found"] as const;
export type ApiRating = (typeof API_RATINGS)[number];

/** A finding's rating as the API gives it: the machine's "not addressed" is "no clause found". */
export function apiRating(rating: Rating, provenance: Provenance): ApiRating {
  return rating === "not-addressed" && provenance === "machine" ? "no-clause-found" : rating;
}

/**
 * A suggested rating a policy's history moved, as the API and the changes CSV give it. Every
 * rating in a history is the machine's (only machine-read services are recorded again), so its
 * silence is `no-clause-found`, as on the company's findings and the pages' "no clause found".
 */
export function apiHistoryRating(rating: string): ApiRating {
  // The loader writes the rater's own values; anything else is a damaged database, not silence.
  if (!(RATINGS as readonly string[]).includes(rating))
    throw new Error(`A recorded version holds an unknown rating: ${rating}`);
  return apiRating(rating as Rating, "machine");
}

/** The fields of a finding that say how sure it is, as the API gives them. */
export type ApiCertainty = {
  rating: ApiRating;
  /** How sure a machine rating is, 0–1; null when curated and for "no clause found". */
  confidence: number | null;
  /**
   * "No clause found" only: the highest probability any clause got for the practice, 0–1, the
   * number the page shows ("Closest clause: 1% likely"); null otherwise.
   */
  closestClauseProbability: number | null;
};

/**
 * A "no clause found" finding stores one minus the closest clause's probability as its
 * confidence; given as a confidence, 0.99 read as near-certain silence, which the reading cannot
 * claim. The API gives what the page shows instead: the closest clause's probability.
 */
export function apiCertainty(f: {
  rating: Rating;
  provenance: Provenance;
  confidence: number | null;
}): ApiCertainty {
  const rating = apiRating(f.rating, f.provenance);
  if (rating !== "no-clause-found")
    return { rating, confidence: f.confidence, closestClauseProbability: null };
  const closest =
    f.confidence === null ? null : Math.round((1 - Math.min(1, Math.max(0, f.confidence))) * 100);
  return {
    rating,
    confidence: null,
    closestClauseProbability: closest === null ? null : closest / 100,
  };
}

/** A finding or cell with its rating and certainty as the API gives them. */
export function toApiFinding<
  F extends { rating: Rating; provenance: Provenance; confidence: number | null },
>(f: F): Omit<F, "rating" | "confidence"> & ApiCertainty {
  return { ...f, ...apiCertainty(f) };
}
