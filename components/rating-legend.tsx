import { RATING_MEANINGS, RATINGS } from "@/lib/ratings";
import { RatingBadge } from "./rating-badge";

export function RatingLegend() {
  return (
    <section aria-labelledby="legend-title" className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      <h2 id="legend-title" className="mb-2 font-semibold">
        What the ratings mean
      </h2>
      <dl className="grid gap-2 sm:grid-cols-2">
        {RATINGS.map((r) => (
          <div key={r} className="flex items-start gap-2">
            <dt>
              <RatingBadge rating={r} size="sm" />
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">{RATING_MEANINGS[r]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
