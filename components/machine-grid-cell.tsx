import type { MachineCell } from "@/lib/reading/analysis-view";
import { NO_CLAUSE_FOUND_SUMMARY } from "@/lib/provenance";
import { factLabel } from "@/lib/reading/fact-text";
import { MachineNote } from "./machine-note";
import { ProvenanceMark } from "./provenance-mark";
import { RatingBadge } from "./rating-badge";

const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;

/** "§12": where a quote stands in the text as sent, for finding it in one's own draft. */
function ClauseNumber({ clause }: { clause: number | null }) {
  if (clause === null) return null;
  return (
    <span className="clause-number mr-1 text-xs font-medium text-slate-600 not-italic dark:text-slate-400">
      <span className="sr-only">Clause </span>
      <span aria-hidden="true">§</span>
      {clause}
    </span>
  );
}

/** The facts or quotes behind a machine-read finding, opened in place (works without JavaScript). */
function Disclosure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="group mt-2">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-sm font-medium text-sky-800 select-none hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="h-3 w-3 transition-transform group-open:rotate-90"
          fill="currentColor"
        >
          <path d="M5 3l6 5-6 5z" />
        </svg>
        {label}
      </summary>
      {children}
    </details>
  );
}

/**
 * A machine-read finding as a grid cell, built like a machine-read company's cell (GridCell): the
 * mark, the suggested rating ("No clause found" rather than "Not addressed"), the rule's reason
 * and the confidence, then the facts and the policy's words. Reason and confidence are ours;
 * quotes are the policy's.
 */
export function MachineGridCell({
  cell,
  columnName,
}: {
  cell: MachineCell;
  /** Shown in the cell only while the grid scrolls sideways and its header row cannot stick. */
  columnName: string;
}) {
  const silent = cell.rating === "not-addressed";
  // Worded as the grid words a machine-read company's cell, from the same constant.
  const reason = silent
    ? NO_CLAUSE_FOUND_SUMMARY
    : sentence(cell.reason.replace(/^[a-z -]+: /, ""));
  return (
    <td
      className={`machine-cell border-b border-slate-200 bg-violet-50/40 p-2 align-top break-words sm:p-3 dark:border-slate-800 dark:bg-violet-950/20 ${silent ? "hatched" : ""}`}
      data-rating={cell.rating}
      data-provenance="machine"
      data-machine-read="true"
    >
      <span aria-hidden="true" className="cell-company">
        {columnName}
      </span>
      <div className="flex flex-wrap items-center gap-1.5">
        {/* Words, not a link, as in the grid's cells: 14 more tab stops before the reader's
            own companies; the column's header and the note above lead to the method. */}
        <ProvenanceMark provenance="machine" size="sm" link={false} />
        <RatingBadge rating={cell.rating} practice={cell.practice} provenance="machine" />
      </div>
      <p
        className={`mt-2 text-sm leading-relaxed ${silent ? "text-slate-600 italic dark:text-slate-400" : ""}`}
      >
        <span className="sr-only">Why the machine suggests this rating: </span>
        {reason}
      </p>
      <MachineNote
        confidence={cell.confidence}
        reason={null}
        silent={cell.rating === "not-addressed"}
      />
      {cell.facts.length > 0 && (
        <Disclosure label={cell.facts.length === 1 ? "1 fact" : `${cell.facts.length} facts`}>
          <ul className="mt-2 space-y-2 text-sm">
            {cell.facts.map((f, i) => {
              const { label, detail } = factLabel(f);
              return (
                <li key={i}>
                  <span className="font-medium">{detail ? `${label}:` : label}</span>
                  {detail && ` ${detail}`}
                  <blockquote className="policy-quote mt-1 border-l-4 border-slate-300 pl-3 text-[0.95rem] text-slate-800 dark:border-slate-600 dark:text-slate-200">
                    <ClauseNumber clause={f.clause} />
                    &ldquo;{f.quote}&rdquo;
                  </blockquote>
                </li>
              );
            })}
          </ul>
        </Disclosure>
      )}
      {cell.evidence.length > 0 && (
        <Disclosure
          label={cell.evidence.length === 1 ? "1 quote" : `${cell.evidence.length} quotes`}
        >
          {/* Not "clauses": a fact's sentence may come from a clause assigned to another practice,
              so this count differs from the practice's clauses listed below the grid. */}
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            The sentences the rating rests on, then the clauses most likely about this practice; §
            numbers count the clauses of the text read, from its start.
          </p>
          <ul className="mt-2 space-y-2">
            {cell.evidence.map((q, i) => (
              <li key={i}>
                <blockquote className="policy-quote border-l-4 border-slate-300 pl-3 text-[0.95rem] text-slate-800 dark:border-slate-600 dark:text-slate-200">
                  <ClauseNumber clause={q.clause} />
                  &ldquo;{q.quote}&rdquo;
                </blockquote>
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
    </td>
  );
}
