import { RATINGS, type Rating } from "@/lib/ratings";
import { RatingBadge } from "./rating-badge";

/** Each rating's badge beside what it means here (in the rubric's order; ratings without text are left out). */
export function RatingDefinitions({
  meanings,
  columns = false,
}: {
  meanings: Partial<Record<Rating, string>>;
  columns?: boolean;
}) {
  return (
    <dl className={columns ? "grid gap-2 sm:grid-cols-2" : "space-y-2"}>
      {RATINGS.filter((r) => meanings[r]).map((r) => (
        <div key={r} className="flex items-start gap-2">
          <dt>
            <RatingBadge rating={r} size="sm" />
          </dt>
          <dd className="text-slate-700 dark:text-slate-300">{meanings[r]}</dd>
        </div>
      ))}
    </dl>
  );
}
