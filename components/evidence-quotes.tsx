import { clauseHref } from "@/lib/clause-href";
import type { Evidence } from "@/lib/queries/companies";

/**
 * The company's own words behind a finding, opened in place (a native disclosure, so it works
 * without JavaScript and by keyboard); each quote links to its clause on the company page,
 * where the quoted words are marked.
 */
export function EvidenceQuotes({
  company,
  practice,
  evidence,
  open = false,
}: {
  company: string;
  /** The finding's practice: the clause page marks this finding's quotes. */
  practice: string;
  evidence: Evidence[];
  open?: boolean;
}) {
  if (evidence.length === 0) return null;
  const label = evidence.length === 1 ? "1 clause" : `${evidence.length} clauses`;
  return (
    <details className="group mt-2" open={open}>
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
        <span className="sr-only"> quoted from the policy</span>
      </summary>
      <ul className="mt-2 space-y-2">
        {evidence.map((e) => (
          <li key={e.anchor}>
            <blockquote className="policy-quote border-l-4 border-slate-300 pl-3 text-[0.95rem] text-slate-800 dark:border-slate-600 dark:text-slate-200">
              &ldquo;{e.quote}&rdquo;
            </blockquote>
            <a
              href={clauseHref(company, e.anchor, { finding: practice })}
              className="mt-1 ml-4 inline-block rounded text-xs text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
            >
              Read in the policy
              {e.headingPath.length ? ` (${e.headingPath[e.headingPath.length - 1]})` : ""} →
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
