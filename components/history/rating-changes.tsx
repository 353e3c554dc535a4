import type { RatingChange } from "@/lib/queries/history";
import { RATINGS, ratingLabel, type Rating } from "@/lib/ratings";

/*
 * Every suggested rating in a history is the machine's (only machine-read companies are
 * recorded again), so its silence reads "no clause found", as on the machine's grid cells.
 */
const label = (r: string) =>
  (RATINGS as readonly string[]).includes(r)
    ? ratingLabel(r as Rating, "machine").toLowerCase()
    : r;

/** "Data retention: no clause found → neutral", one per practice whose suggested rating moved. */
export function RatingChanges({
  changes,
  practiceNames,
}: {
  changes: RatingChange[];
  practiceNames: Map<string, string>;
}) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-sm">
      {changes.map((c) => (
        <li key={c.practice}>
          <span className="font-medium">{practiceNames.get(c.practice) ?? c.practice}</span>:{" "}
          {label(c.before)} → <strong>{label(c.after)}</strong>
        </li>
      ))}
    </ul>
  );
}
