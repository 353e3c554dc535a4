import type { Provenance } from "./provenance";
import type { PracticeRatingCounts } from "./rating-counts";
import { ratingLabel, type Rating } from "./ratings";

/**
 * How a practice page names the companies a rating filter keeps. "Not addressed" keeps two
 * kinds that must never read as one: a curated policy a person found silent, and a machine-read
 * one where the machine found no clause (not proof of silence). The heading names both, and the
 * count gives each its own number, so "89 rated not addressed" cannot be quoted of 3.
 */
export function ratingFilterHeading(rating: Rating, provenance: Provenance | null): string {
  if (rating !== "not-addressed") return `rated ${ratingLabel(rating).toLowerCase()}`;
  if (provenance === "curated") return "rated not addressed";
  if (provenance === "machine") return "where the machine found no clause";
  return "rated not addressed, or where the machine found no clause";
}

export function ratingFilterCount(
  rating: Rating,
  counts: PracticeRatingCounts,
  provenance: Provenance | null,
): string {
  const label = ratingLabel(rating).toLowerCase();
  const curated = provenance === "machine" ? 0 : counts.curated.counts[rating];
  const machine = provenance === "curated" ? 0 : counts.machine.counts[rating];
  if (rating !== "not-addressed")
    return curated + machine === 0
      ? `None of them is rated ${label}.`
      : `${(curated + machine).toLocaleString("en")} of them rated ${label}`;
  const n = (x: number) => x.toLocaleString("en");
  if (provenance === "curated")
    return curated
      ? `${n(curated)} of them rated not addressed`
      : "None of them is rated not addressed.";
  if (provenance === "machine")
    return machine
      ? `${n(machine)} of them where the machine found no clause (not proof the policy is silent)`
      : "The machine found a clause in each of them.";
  if (curated + machine === 0)
    return "None of them is rated not addressed, and the machine found a clause in each machine-read one.";
  return `Of them, ${n(curated)} rated not addressed (a person found the policy silent) and ${n(machine)} machine-read with no clause found (not proof the policy is silent)`;
}
