import { clauseHref } from "@/lib/clause-href";
import type { Evidence } from "@/lib/queries/companies";

const OPENING_WORDS = 6;

/** The first few words of a quote, enough to tell one piece of evidence from the next. */
function opening(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length > OPENING_WORDS
    ? `${words.slice(0, OPENING_WORDS).join(" ")}…`
    : words.join(" ");
}

/**
 * On a company page the clauses are on the same page, so a finding links to them instead of
 * quoting them again: each link names its clause number and the quote's opening words, and
 * marks the quote in the clause it leads to. Links are inline, with the comma after each one
 * inside the same line box, so a separator never wraps onto a line of its own.
 */
export function EvidenceLinks({
  company,
  practice,
  evidence,
  positions,
}: {
  company: string;
  practice: string;
  evidence: Evidence[];
  positions: Map<string, number>;
}) {
  if (evidence.length === 0) return null;
  return (
    <p className="mt-2 text-sm leading-7 text-slate-600 dark:text-slate-400">
      Based on{" "}
      {evidence.map((e, i) => (
        <span key={`${e.anchor}|${i}`}>
          <a
            href={clauseHref(company, e.anchor, { finding: practice })}
            title={e.headingPath.length ? e.headingPath.join(" › ") : undefined}
            className="rounded font-medium text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            §{positions.get(e.anchor)} &ldquo;{opening(e.quote)}&rdquo;
          </a>
          {i < evidence.length - 1 ? ", " : ""}
        </span>
      ))}
    </p>
  );
}
