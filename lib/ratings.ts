/** The four ratings, in the order they are explained on the methodology page. */
export const RATINGS = ["protective", "neutral", "concerning", "not-addressed"] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  protective: "Protective",
  neutral: "Neutral",
  concerning: "Concerning",
  "not-addressed": "Not addressed",
};

/** The database enum spells not-addressed with an underscore (Prisma enum names cannot hold "-"). */
export type DbRating = "protective" | "neutral" | "concerning" | "not_addressed";

export function ratingToDb(value: Rating): DbRating {
  return value === "not-addressed" ? "not_addressed" : value;
}

export function ratingFromDb(value: DbRating): Rating {
  return value === "not_addressed" ? "not-addressed" : value;
}

/** A rating as raw SQL reads it (`rating::text`, the enum's label in the database: "not-addressed"). */
export function ratingFromText(value: string): Rating {
  const rating = value === "not_addressed" ? "not-addressed" : value;
  if (!(RATINGS as readonly string[]).includes(rating))
    throw new Error(`Unknown rating in the database: "${value}"`);
  return rating as Rating;
}

/**
 * The word shown for a rating. The machine can miss a clause, so its "not addressed" says only
 * what it knows: no clause found.
 */
export function ratingLabel(rating: Rating, provenance: "curated" | "machine" = "curated"): string {
  return provenance === "machine" && rating === "not-addressed"
    ? "No clause found"
    : RATING_LABELS[rating];
}

/**
 * A rating in lower case as it reads for the kinds of company shown together: a filter on
 * not-addressed over curated and machine-read companies keeps both the curated "not addressed"
 * and the machine's "no clause found", and says so.
 */
export function ratingWords(rating: Rating, kinds: ReadonlyArray<"curated" | "machine">): string {
  const words = [...new Set(kinds)].map((k) => ratingLabel(rating, k).toLowerCase());
  return [...new Set(words)].join(" or ") || RATING_LABELS[rating].toLowerCase();
}
