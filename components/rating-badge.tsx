import type { Provenance } from "@/lib/provenance";
import { ratingLabel, type Rating } from "@/lib/ratings";
import { rubricHref } from "@/lib/rubric-links";
import { RatingIcon } from "./rating-icon";

/** Each rating's colours (app/globals.css): a badge is repeated in every grid cell, so one class each. */
export const RATING_STYLES: Record<Rating, string> = {
  protective: "rating-protective",
  neutral: "rating-neutral",
  concerning: "rating-concerning",
  "not-addressed": "hatched rating-not-addressed",
};

/**
 * The rating as icon + word + colour; it leads to the methodology's rubric row for its practice
 * and rating, or to the rating's general meaning when given no practice.
 */
export function RatingBadge({
  rating,
  practice,
  size = "md",
  provenance = "curated",
  tabbable = true,
}: {
  rating: Rating;
  practice?: string;
  size?: "sm" | "md";
  /** A machine rating is a suggestion, and its "not addressed" reads "No clause found". */
  provenance?: Provenance;
  /** False to leave the link out of the Tab order (still read, and still a link to click). */
  tabbable?: boolean;
}) {
  const label = ratingLabel(rating, provenance);
  const pad = size === "sm" ? "rating-badge-sm" : "rating-badge-md";
  return (
    <a
      href={rubricHref(rating, practice, provenance)}
      title={
        provenance === "machine"
          ? `Suggested by machine reading, not reviewed. What "${label}" means`
          : `What "${label}" means`
      }
      className={`rating-badge ${pad} ${RATING_STYLES[rating]}`}
      tabIndex={tabbable ? undefined : -1}
    >
      <RatingIcon rating={rating} className={size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"} />
      {label}
    </a>
  );
}
