import { PROVENANCES, type Provenance } from "@/lib/provenance";
import type { PracticeRatingCounts } from "@/lib/rating-counts";
import { ProvenanceMark } from "./provenance-mark";
import { RatingCounts } from "./rating-counts";

const companies = (n: number, kind = "") =>
  `${n.toLocaleString("en")} ${kind}compan${n === 1 ? "y" : "ies"}`;

/**
 * A practice's counts, one line per kind: the curated companies first, then the machine-read
 * ones under the grid's machine-read mark, whose silence reads "no clause found". The two are
 * never added up: a machine suggestion is not a person's finding. A kind with no company (or left
 * out by the page's filter) has no line.
 */
export function KindRatingCounts({
  counts,
  practiceName,
  only = null,
}: {
  counts: PracticeRatingCounts;
  practiceName: string;
  only?: Provenance | null;
}) {
  const kinds = PROVENANCES.filter((k) => (!only || k === only) && counts[k].companies > 0);
  return (
    <div className="space-y-2">
      {kinds.map((k) => (
        <div key={k} data-provenance={k} className="space-y-1 text-xs">
          <span className="flex items-center gap-1.5 text-slate-700 dark:text-slate-300">
            {k === "machine" ? (
              <ProvenanceMark provenance="machine" size="sm" />
            ) : (
              <span className="font-semibold">Curated</span>
            )}
            <span className="tabular-nums">{companies(counts[k].companies)}:</span>
          </span>
          <RatingCounts
            counts={counts[k].counts}
            provenance={k}
            label={`${practiceName}: ratings of the ${companies(counts[k].companies, k === "machine" ? "machine-read " : "curated ")}`}
          />
        </div>
      ))}
    </div>
  );
}
