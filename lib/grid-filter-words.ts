import { RATING_LABELS, type Rating } from "./ratings";

/**
 * The rating filter's option: the machine's silence reads "no clause found" (it can miss a
 * clause), so when machine-read columns are shown, "not addressed" names both.
 */
export function ratingFilterLabel(rating: Rating, machineShown: boolean): string {
  return rating === "not-addressed" && machineShown
    ? "Only not addressed or no clause found"
    : `Only ${RATING_LABELS[rating].toLowerCase()}`;
}

/**
 * What an empty company choice means. With too many companies to list, the grid shows those of
 * the view (the curated five, or a sector) a page at a time, not all of them at once.
 */
export function companiesLegendHint(paged: boolean): string {
  return paged ? "(none ticked = the view’s companies, a page at a time)" : "(none ticked = all)";
}
