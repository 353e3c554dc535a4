import { PROVENANCE_MEANINGS } from "@/lib/provenance";
import { ProvenanceMark } from "./provenance-mark";
import { RatingBadge } from "./rating-badge";

/**
 * The legend beside the rating legend: how to tell a person's finding from the machine's, each
 * shown as its grid cell shows it.
 */
export function ProvenanceLegend() {
  return (
    <section
      aria-labelledby="provenance-legend-title"
      className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="provenance-legend-title" className="mb-2 font-semibold">
        Who wrote the finding
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2">
        {/* Drawn as a curated cell is: no mark beside its rating (the mark is the machine's). */}
        <div>
          <dt className="flex flex-wrap items-center gap-1.5">
            <span className="font-semibold">Curated</span>
            <RatingBadge rating="not-addressed" size="sm" />
          </dt>
          <dd className="mt-1 text-slate-700 dark:text-slate-300">
            {PROVENANCE_MEANINGS.curated} Its cell carries no mark, only the rating, and says
            &ldquo;not addressed&rdquo; where the policy is silent.
          </dd>
        </div>
        <div className="machine-cell pl-3">
          <dt className="flex flex-wrap items-center gap-1.5">
            <ProvenanceMark provenance="machine" size="sm" />
            <RatingBadge rating="not-addressed" provenance="machine" size="sm" />
          </dt>
          <dd className="mt-1 text-slate-700 dark:text-slate-300">
            {PROVENANCE_MEANINGS.machine} Its cell has a dashed edge and shows its confidence; where
            it found nothing it says &ldquo;no clause found&rdquo;.{" "}
            <a
              href="/methodology#machine-reading"
              className="text-sky-800 underline dark:text-sky-300"
            >
              Accuracy
            </a>
          </dd>
        </div>
      </dl>
    </section>
  );
}
