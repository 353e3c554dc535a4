import { clauseHref } from "@/lib/clause-href";
import { PROVENANCE_LABELS, PROVENANCE_MEANINGS } from "@/lib/provenance";
import type { SearchHit } from "@/lib/queries/search-clauses";
import { splitHighlights } from "@/lib/search/highlight";
import { escapeHtml } from "./policy-text-html";

/*
 * A page of search results as one string of HTML, as the policy text is (policy-text-html.ts):
 * as React elements, twenty hits were some 600 elements, each rendered to HTML and again into
 * React's payload with its utility classes, the largest part of a search's render. Nothing in a
 * hit is interactive (plain links), so nothing is lost by React not knowing it. The classes are
 * in app/search-results.css. Every piece of text and every attribute is escaped: the snippets,
 * headings and company names are third parties' text.
 */

// The machine's chip icon (ProvenanceIcon's shapes, a test holds them equal), defined once on
// the page and drawn by reference in every machine-read hit: most hits are machine-read, and
// the shapes written out in each were a third of a hit's HTML, twice (HTML and payload).
const MACHINE_ICON_ID = "search-machine-icon";
export const MACHINE_ICON_SHAPES =
  `<rect x="3.5" y="3.5" width="9" height="9" rx="1.5"></rect><rect x="6.2" y="6.2" width="3.6" height="3.6"></rect>` +
  `<path d="M6 1.5v2M10 1.5v2M6 12.5v2M10 12.5v2M1.5 6h2M1.5 10h2M12.5 6h2M12.5 10h2"></path>`;

/** The page renders this once, before the results: the icon every machine-read mark uses. */
export const machineIconSymbolHtml = `<symbol id="${MACHINE_ICON_ID}" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6">${MACHINE_ICON_SHAPES}</symbol>`;

// The mark <ProvenanceMark provenance="machine" size="sm" /> draws (icon, word, dashed outline,
// a link to what machine reading means), with its icon by reference.
const MACHINE_MARK =
  `<a href="/methodology#machine-reading" title="${escapeHtml(PROVENANCE_MEANINGS.machine)}" class="provenance-mark provenance-machine px-1.5 py-0 text-xs" data-provenance="machine">` +
  `<svg aria-hidden="true" viewBox="0 0 16 16" class="h-3 w-3"><use href="#${MACHINE_ICON_ID}"></use></svg>` +
  `${PROVENANCE_LABELS.machine}</a>`;

/** The machine-read mark of a hit, exported for the test that compares it with ProvenanceMark. */
export const machineMarkHtml = MACHINE_MARK;

/** A snippet with its matches in <mark>: the same marks as inside a clause on its company page. */
export function snippetHtml(snippet: string): string {
  return splitHighlights(snippet)
    .map((part) =>
      part.hit
        ? `<mark class="clause-mark">${escapeHtml(part.text)}</mark>`
        : escapeHtml(part.text),
    )
    .join("");
}

function hitHtml(hit: SearchHit, query: string, practiceNames: ReadonlyMap<string, string>) {
  const where = hit.headingPath.length ? hit.headingPath.join(" › ") : "Opening paragraphs";
  const machine = hit.provenance === "machine";
  const practices = hit.practices
    .map((slug) => `<li>${escapeHtml(practiceNames.get(slug) ?? slug)}</li>`)
    .join("");
  return (
    `<li><article class="search-hit"><h3 class="search-hit-title">` +
    `<a href="${escapeHtml(clauseHref(hit.company, hit.anchor, { q: query }))}" class="search-hit-link">` +
    `<span class="search-hit-company">${escapeHtml(hit.companyName)}</span>` +
    (machine
      ? `<span class="sr-only"> (machine-read; practices tagged by the classifier)</span>`
      : "") +
    `<span class="search-hit-sep"> — </span><span class="search-hit-where">${escapeHtml(where)}</span></a></h3>` +
    (machine ? `<p class="mt-1">${MACHINE_MARK}</p>` : "") +
    `<blockquote class="policy-quote search-hit-quote"><p>${snippetHtml(hit.snippet)}</p></blockquote>` +
    (practices
      ? `<ul aria-label="Practices of this clause" class="search-hit-practices">${practices}</ul>`
      : "") +
    `</article></li>`
  );
}

/** The `<li>` items of a results list, in the order given. */
export function searchHitsHtml(
  hits: readonly SearchHit[],
  query: string,
  practiceNames: ReadonlyMap<string, string>,
): string {
  return hits.map((hit) => hitHtml(hit, query, practiceNames)).join("");
}
