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

/** One company's results on the page, with how many of its clauses match in all. */
export type SearchGroup = {
  company: string;
  companyName: string;
  provenance: SearchHit["provenance"];
  hits: SearchHit[];
  /** The same search narrowed to this company and the number of its matches not shown here; null when none are left out. */
  more: { href: string; count: number } | null;
};

/** Consecutive hits of one company, in the order given (the query orders them company by company). */
export function groupHits(
  hits: readonly SearchHit[],
  more: (company: string, shown: number) => SearchGroup["more"],
): SearchGroup[] {
  const groups: SearchGroup[] = [];
  for (const hit of hits) {
    const last = groups.at(-1);
    if (last?.company === hit.company) last.hits.push(hit);
    else
      groups.push({
        company: hit.company,
        companyName: hit.companyName,
        provenance: hit.provenance,
        hits: [hit],
        more: null,
      });
  }
  for (const g of groups) g.more = more(g.company, g.hits.length);
  return groups;
}

function hitHtml(hit: SearchHit, query: string, practiceNames: ReadonlyMap<string, string>) {
  const where = hit.headingPath.length ? hit.headingPath.join(" › ") : "Opening paragraphs";
  const machine = hit.provenance === "machine";
  const practices = hit.practices
    .map((slug) => `<li>${escapeHtml(practiceNames.get(slug) ?? slug)}</li>`)
    .join("");
  // The company is the group's heading; the link's name still starts with it, for a list of
  // links read alone. A label, not hidden words inside the link: those are boxes of their own
  // at its start, where a pointer (Playwright's among them) may aim.
  const label = `${hit.companyName}${machine ? " (machine-read; practices tagged by the classifier)" : ""} — ${where}`;
  return (
    `<li><article class="search-hit"><h4 class="search-hit-title">` +
    `<a href="${escapeHtml(clauseHref(hit.company, hit.anchor, { q: query }))}" aria-label="${escapeHtml(label)}" class="search-hit-link">` +
    // A match in the heading alone is marked there: the passage below then marks none.
    `${hit.headingMarked ? snippetHtml(hit.headingMarked) : escapeHtml(where)}</a></h4>` +
    `<blockquote class="policy-quote search-hit-quote"><p>${snippetHtml(hit.snippet)}</p></blockquote>` +
    (!practices
      ? ""
      : machine
        ? // The classifier's tags, not a person's: dashed under their name, as on the company
          // page and in a comparison, never the solid pills of a curated clause.
          `<div class="search-hit-tags"><span class="search-hit-tags-label">Machine tags:</span>` +
          `<ul aria-label="Practices of this clause (machine tags)" class="search-hit-practices search-hit-practices-machine">${practices}</ul></div>`
        : `<ul aria-label="Practices of this clause" class="search-hit-practices">${practices}</ul>`) +
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

const clauses = (n: number) => `${n} more matching ${n === 1 ? "clause" : "clauses"}`;

/**
 * The `<li>` items of a results list grouped by company: the company's name (a link to its
 * page) and machine-read mark, its hits, and a link to the rest of its matches.
 */
export function searchGroupsHtml(
  groups: readonly SearchGroup[],
  query: string,
  practiceNames: ReadonlyMap<string, string>,
): string {
  return groups
    .map(
      (g) =>
        `<li class="search-group"><div class="search-group-head">` +
        `<h3 class="search-group-name"><a href="/companies/${encodeURIComponent(g.company)}" class="search-group-link">${escapeHtml(g.companyName)}</a></h3>` +
        (g.provenance === "machine" ? MACHINE_MARK : "") +
        `</div><ol class="search-group-hits">${searchHitsHtml(g.hits, query, practiceNames)}</ol>` +
        (g.more
          ? `<p class="search-group-more"><a href="${escapeHtml(g.more.href)}" class="search-group-more-link">${clauses(g.more.count)} in ${escapeHtml(g.companyName)}<span aria-hidden="true"> →</span></a></p>`
          : "") +
        `</li>`,
    )
    .join("");
}
