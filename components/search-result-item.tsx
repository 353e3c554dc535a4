import { clauseHref } from "@/lib/clause-href";
import type { SearchHit } from "@/lib/queries/search-clauses";
import { HighlightedSnippet } from "./highlighted-snippet";
import { ProvenanceMark } from "./provenance-mark";

/**
 * One matching clause: where it is (company › headings), the passage in the company's words, its
 * practices. The link carries the query, so the clause arrives with the same words marked.
 */
export function SearchResultItem({
  hit,
  query,
  practiceNames,
}: {
  hit: SearchHit;
  query: string;
  practiceNames: ReadonlyMap<string, string>;
}) {
  const where = hit.headingPath.length ? hit.headingPath.join(" › ") : "Opening paragraphs";
  return (
    <article className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-base leading-snug font-semibold">
        <a
          href={clauseHref(hit.company, hit.anchor, { q: query })}
          className="rounded hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          <span className="text-sky-800 dark:text-sky-300">{hit.companyName}</span>
          {hit.provenance === "machine" && (
            <span className="sr-only"> (machine-read; practices tagged by the classifier)</span>
          )}
          <span className="text-slate-400 dark:text-slate-500"> — </span>
          <span className="text-slate-800 dark:text-slate-200">{where}</span>
        </a>
      </h3>
      {hit.provenance === "machine" && (
        <p className="mt-1">
          <ProvenanceMark provenance="machine" size="sm" />
        </p>
      )}
      <blockquote className="policy-quote mt-2 max-w-3xl border-l-4 border-slate-300 pl-3 text-[0.95rem] text-slate-800 dark:border-slate-700 dark:text-slate-200">
        <p className="break-words whitespace-pre-line">
          <HighlightedSnippet snippet={hit.snippet} />
        </p>
      </blockquote>
      {hit.practices.length > 0 && (
        <ul aria-label="Practices of this clause" className="mt-3 flex flex-wrap gap-1.5">
          {hit.practices.map((slug) => (
            <li
              key={slug}
              className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300"
            >
              {practiceNames.get(slug) ?? slug}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
