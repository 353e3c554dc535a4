import { historyRatingLabel as label } from "@/lib/history/rating-change-text";
import type { RatingChange } from "@/lib/queries/history";

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
