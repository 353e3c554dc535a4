import { evaluationFigures, type EvaluationRow } from "@/lib/evaluation-figures";
import { OTA_ATTRIBUTION, PROVENANCE_MEANINGS } from "@/lib/provenance";
import { MachineAudits } from "./machine-audits";
import { MachineNote } from "./machine-note";
import { ProvenanceMark } from "./provenance-mark";
import { RatingBadge } from "./rating-badge";
import { formatDay } from "./stated-date";
import { NO_CLAUSE_FOUND_ANCHOR } from "@/lib/rubric-links";

/** Three decimals, as the evaluation records them and the tables further down show them. */
const f1 = (n: number | null) => (n === null ? "—" : n.toFixed(3));

function FigureRow({
  row,
  what,
  label,
}: {
  row: EvaluationRow | null;
  /** Said when the file has no such row. */
  what: string;
  /** Said instead of the file's own label, where that speaks to developers. */
  label?: string;
}) {
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className="py-2 pr-3 text-left align-top font-normal">
        {label ?? row?.label ?? what}
      </th>
      <td className="py-2 pr-3 text-right font-mono">{f1(row?.microF1 ?? null)}</td>
      <td className="py-2 pr-3 text-right font-mono">{f1(row?.macroF1 ?? null)}</td>
      <td className="py-2 pr-3 text-right font-mono">{f1(row?.lowestF1 ?? null)}</td>
      <td className="py-2 text-right font-mono">{f1(row?.keywordsMicroF1 ?? null)}</td>
    </tr>
  );
}

/**
 * The methodology page's account of the two kinds of finding and of machine reading, with the
 * summary of the accuracy `npm run eval` measured (docs/evaluation.md), said for readers.
 */
export function MachineReadingMethod({ practiceNames }: { practiceNames: Map<string, string> }) {
  const figures = evaluationFigures();
  return (
    <section aria-labelledby="machine-reading-title" className="space-y-4">
      <h2 id="machine-reading-title" className="text-xl font-semibold">
        Curated and machine-read findings
      </h2>
      <div
        id="curated"
        className="scroll-mt-24 space-y-2 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-sky-400 dark:border-slate-800"
      >
        <p className="flex flex-wrap items-center gap-2">
          <ProvenanceMark provenance="curated" /> {PROVENANCE_MEANINGS.curated}
        </p>
        <p>
          The five archived backup and cloud policies are curated: every rating, summary and quote
          was written and checked against the policy by a person. Cells without a machine-read mark
          are curated.
        </p>
      </div>
      <div
        id="machine-reading"
        className="machine-cell scroll-mt-24 space-y-3 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-sky-400 dark:border-slate-800"
      >
        <p className="flex flex-wrap items-center gap-2">
          <ProvenanceMark provenance="machine" /> {PROVENANCE_MEANINGS.machine}
        </p>
        <p>
          The policies of 302 services recorded by{" "}
          <a href={OTA_ATTRIBUTION.url} className="text-sky-800 underline dark:text-sky-300">
            {OTA_ATTRIBUTION.credit}
          </a>{" "}
          ({OTA_ATTRIBUTION.licence}) are machine-read. The policy is split into clauses the same
          way as the curated ones; a classifier gives each clause a probability for each of the 14
          practices (shown on the company page as a dashed tag with its percentage); rules then pick
          out the facts that decide a rating — retention periods, sale of data, opt-outs,
          arbitration, how changes are announced — and suggest a rating with its reason.
        </p>
        <p>Every machine finding shows, besides its mark:</p>
        <ul className="list-inside list-disc space-y-1">
          <li>
            its <strong>confidence</strong> and <strong>the reason</strong> for the rating, e.g.
            <MachineNote
              confidence={0.74}
              reason="concerning: data kept in backups with no limit stated"
              className="ml-5"
            />
          </li>
          {/* A flex item is no list item: the badges sit inline so the bullet stays. */}
          <li
            id={NO_CLAUSE_FOUND_ANCHOR}
            className="scroll-mt-24 rounded target:ring-2 target:ring-sky-400"
          >
            <RatingBadge rating="not-addressed" provenance="machine" size="sm" /> instead of{" "}
            <RatingBadge rating="not-addressed" size="sm" />: the classifier can miss a clause, so
            it never claims that a policy is silent; in place of a confidence it gives how likely
            the closest clause was to be about the practice.
          </li>
          <li>a dashed edge on its grid cell, which prints and shows in dark mode too.</li>
        </ul>
        <h3 className="pt-2 font-semibold">Measured accuracy of the clause classifier</h3>
        <p className="text-sm">
          F1 (the balance of precision and recall; 1 is perfect) of the practices assigned to
          clauses, beside a baseline that assigns a practice when a clause contains one of its
          keywords
          {figures.writtenOn ? (
            <>
              ; last measured on{" "}
              <time dateTime={figures.writtenOn}>{formatDay(figures.writtenOn)}</time>
            </>
          ) : null}
          . Per practice figures follow under{" "}
          <a href="#reading-a-policy" className="text-sky-800 underline dark:text-sky-300">
            Machine reading and its accuracy
          </a>
          .
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Accuracy of machine reading</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-3">
                  Measured on
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  micro-F1
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  macro-F1
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  lowest practice
                </th>
                <th scope="col" className="py-1 text-right">
                  keywords micro-F1
                </th>
              </tr>
            </thead>
            <tbody>
              <FigureRow
                row={figures.crossValidation}
                what="our labels, cross-validated by policy"
              />
              <FigureRow
                row={figures.crossValidationWithHeadings}
                what="the same, each clause read with its heading"
                label="the same, each clause read with its heading in front (as Read a policy reads it)"
              />
              <FigureRow row={figures.opp115} what="OPP-115 expert labels, unseen policies" />
            </tbody>
          </table>
        </div>
        <MachineAudits practiceNames={practiceNames} />
        <p className="text-sm">
          Read a machine finding as a pointer to the clauses worth reading, not as a verdict.
          Promoting a company to curated means a person reviews the draft and commits it as an
          annotation file; from then on its findings are shown as curated.
        </p>
      </div>
    </section>
  );
}
