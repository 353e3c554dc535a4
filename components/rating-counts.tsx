import type { RatingCounts as Counts } from "@/lib/rating-counts";
import type { Provenance } from "@/lib/provenance";
import { RATINGS, ratingLabel } from "@/lib/ratings";
import { RATING_STYLES } from "./rating-badge";
import { RatingIcon } from "./rating-icon";

const EMPTY =
  "border-slate-200 bg-transparent text-slate-600 dark:border-slate-700 dark:text-slate-400";

/**
 * One line of counts, a chip per rating in the rubric's order, each with the badge's icon, word
 * and colour (never colour alone). Zeros are shown, quieter, so columns line up for comparison.
 */
export function RatingCounts({
  counts,
  label,
  provenance = "curated",
}: {
  counts: Counts;
  label: string;
  /** A machine-read company's "not addressed" count reads "no clause found". */
  provenance?: Provenance;
}) {
  return (
    <ul aria-label={label} className="rating-counts flex flex-wrap gap-1">
      {RATINGS.map((r) => (
        <li
          key={r}
          data-rating={r}
          data-count={counts[r]}
          className={`inline-flex items-center gap-1 rounded-full border px-1.5 text-xs whitespace-nowrap ${counts[r] ? RATING_STYLES[r] : `${EMPTY} ${r === "not-addressed" ? "border-dashed" : ""}`}`}
        >
          <RatingIcon rating={r} className="h-3 w-3" />
          <span className="font-semibold tabular-nums">{counts[r]}</span>
          {ratingLabel(r, provenance).toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
