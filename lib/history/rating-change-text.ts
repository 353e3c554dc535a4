import { RATINGS, ratingLabel, type Rating } from "../ratings";
import type { RatingChange } from "../queries/history";

/*
 * Every suggested rating in a history is the machine's (only machine-read companies are
 * recorded again), so its silence reads "no clause found", as on the machine's grid cells.
 */
export const historyRatingLabel = (r: string) =>
  (RATINGS as readonly string[]).includes(r)
    ? ratingLabel(r as Rating, "machine").toLowerCase()
    : r;

/** "Data retention: neutral → concerning; Children: no clause found → neutral". */
export const ratingChangesText = (changes: RatingChange[], practiceNames: Map<string, string>) =>
  changes
    .map(
      (c) =>
        `${practiceNames.get(c.practice) ?? c.practice}: ${historyRatingLabel(c.before)} → ${historyRatingLabel(c.after)}`,
    )
    .join("; ");
