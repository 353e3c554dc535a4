import type { Provenance } from "@/lib/provenance";
import { ratingLabel, type Rating } from "@/lib/ratings";
import { rubricHref } from "@/lib/rubric-links";
import { RatingIcon } from "./rating-icon";

export const RATING_STYLES: Record<Rating, string> = {
  protective:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
  neutral:
    "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
  concerning:
    "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-200",
  "not-addressed":
    "hatched border-dashed border-slate-300 bg-white text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300",
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
}: {
  rating: Rating;
  practice?: string;
  size?: "sm" | "md";
  /** A machine rating is a suggestion, and its "not addressed" reads "No clause found". */
  provenance?: Provenance;
}) {
  const label = ratingLabel(rating, provenance);
  const pad = size === "sm" ? "px-1.5 py-0 text-xs" : "px-2 py-0.5 text-sm";
  return (
    <a
      href={rubricHref(rating, practice)}
      title={
        provenance === "machine"
          ? `Suggested by machine reading, not reviewed. What "${label}" means`
          : `What "${label}" means`
      }
      className={`inline-flex items-center gap-1 rounded-full border font-medium whitespace-nowrap no-underline hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${pad} ${RATING_STYLES[rating]}`}
    >
      <RatingIcon rating={rating} className={size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"} />
      {label}
    </a>
  );
}
