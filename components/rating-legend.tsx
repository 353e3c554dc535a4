import { RATING_MEANINGS } from "@/lib/rubric";
import { RatingDefinitions } from "./rating-definitions";

export function RatingLegend() {
  return (
    <section
      aria-labelledby="legend-title"
      className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="legend-title" className="mb-2 font-semibold">
        What the ratings mean
      </h2>
      <RatingDefinitions meanings={RATING_MEANINGS} columns />
    </section>
  );
}
