/** The four ratings, in the order they are explained on the methodology page. */
export const RATINGS = ["protective", "neutral", "concerning", "not-addressed"] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  protective: "Protective",
  neutral: "Neutral",
  concerning: "Concerning",
  "not-addressed": "Not addressed",
};

export const RATING_MEANINGS: Record<Rating, string> = {
  protective: "Goes beyond the minimum in the user's favour.",
  neutral: "Common practice, with the usual limits stated.",
  concerning: "Exposes the user more than common practice, or leaves a door open without limits.",
  "not-addressed": "The policy says nothing on this; silence is information.",
};

/** The database enum spells not-addressed with an underscore (Prisma enum names cannot hold "-"). */
export type DbRating = "protective" | "neutral" | "concerning" | "not_addressed";

export function ratingToDb(value: Rating): DbRating {
  return value === "not-addressed" ? "not_addressed" : value;
}

export function ratingFromDb(value: DbRating): Rating {
  return value === "not_addressed" ? "not-addressed" : value;
}
