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
  evidence: Array<Omit<Evidence, "text">>;
  open?: boolean;
}) {
  if (evidence.length === 0) return null;
  const label = evidence.length === 1 ? "1 clause" : `${evidence.length} clauses`;
  return (
    <details className="group mt-2" open={open}>
      <summary className="quotes-toggle">
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
            <blockquote className="policy-quote evidence-quote">{`“${e.quote}”`}</blockquote>
            <a
              href={clauseHref(company, e.anchor, { finding: practice })}
              className="evidence-link"
            >
              {`Read in the policy${e.headingPath.length ? ` (${e.headingPath[e.headingPath.length - 1]})` : ""} →`}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
