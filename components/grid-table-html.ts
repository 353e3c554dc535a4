import type { PolicyDatesInput } from "./policy-dates";
import { clauseHref } from "@/lib/clause-href";
import { gridColumnId } from "@/lib/grid-column-id";
import type { CompanySummary } from "@/lib/queries/companies";
import type { GridCellData } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import { countRatingsByCompany } from "@/lib/rating-counts";
import type { Rating } from "@/lib/ratings";
import { nameList } from "@/lib/name-list";
import { samePolicyShown } from "@/lib/same-policy-shown";
import {
  confidenceNoteHtml,
  provenanceMarkHtml,
  ratingBadgeHtml,
  ratingCountsHtml,
} from "./badge-html";
import { escapeHtml } from "./policy-text-html";
import { formatDay, formatStatedDate } from "./stated-date";

/*
 * The comparison grid's table as one string of HTML. As React elements a cell cost ~0.9 ms of
 * CPU a render (React builds the page twice, its payload for hydration and the HTML from it,
 * element by element); a comparison of 5 companies on all 14 practices is 70 cells. Nothing in
 * the table is interactive beyond links and native <details> disclosures (the grid's two client
 * components, StickyOffset and RevealFocus, sit outside it and work on the document), so React
 * loses nothing by receiving it whole.
 *
 * The markup is exactly the React components' (comparison-grid.tsx, grid-cell.tsx,
 * evidence-quotes.tsx, rating-counts-row.tsx, policy-dates.tsx): grid-table-html.test.ts renders
 * both and compares them. Every piece of data is escaped: policies are third parties' text.
 */

const DIFFERS_ICON = `<svg aria-hidden="true" viewBox="0 0 16 16" class="h-3.5 w-3.5 shrink-0" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"><path d="M3 6h10M3 10h10M11 2.5 5 13.5"></path></svg>`;

/** A column's words when its recorded text may not be a privacy policy (practice-coverage.ts). */
export const MAY_NOT_BE_POLICY = "Recorded text may not be its privacy policy";

/** The words on a row kept because the companies in scope differ, though this page's do not. */
export const DIFFERS_ELSEWHERE = "Same on this page; differs on another";

const DISCLOSURE_ICON = `<svg aria-hidden="true" viewBox="0 0 16 16" class="h-3 w-3 transition-transform group-open:rotate-90" fill="currentColor"><path d="M5 3l6 5-6 5z"></path></svg>`;

/** PolicyDates (policy-dates.tsx). */
export function policyDatesHtml(company: PolicyDatesInput, className: string): string {
  const kind = escapeHtml(company.effectiveDateLabel?.toLowerCase() ?? "effective");
  const ahead = company.statedAfterRecorded && !!company.effectiveDate;
  const stated =
    ahead && kind === "effective"
      ? `Policy takes effect <time dateTime="${escapeHtml(company.effectiveDate!)}">${formatStatedDate(company.effectiveDate!)}</time>`
      : company.effectiveDate
        ? `Policy dated <time dateTime="${escapeHtml(company.effectiveDate)}">${formatStatedDate(company.effectiveDate)}</time>${kind === "dated" ? "" : ` <span class="whitespace-nowrap">(${kind})</span>`}`
        : company.recordedBy
          ? "No policy date found"
          : "Policy states no date";
  const aheadNote = ahead ? ", ahead of that date" : "";
  const time = company.archivedOn
    ? `<time dateTime="${escapeHtml(company.archivedOn)}">${formatDay(company.archivedOn)}</time>`
    : "";
  const archived = !company.archivedOn
    ? ""
    : company.recordedBy && company.recordedLongAgo
      ? `<span class="block">Last recorded ${time}${aheadNote}: the service’s current policy may differ</span>`
      : `<span class="block">${company.recordedBy ? "Recorded" : "Archived"} ${time}${aheadNote}</span>`;
  return `<span class="block text-slate-600 dark:text-slate-400 ${className}"><span class="block">${stated}</span>${archived}</span>`;
}

/** SamePolicyNote (comparison-grid.tsx). */
function samePolicyHtml(names: string[]): string {
  return names.length
    ? `<span class="same-policy mt-1 block text-xs font-normal text-slate-700 dark:text-slate-300">${escapeHtml(`Same policy text as ${nameList(names)}`)}</span>`
    : "";
}

/** MayNotBePolicyNote (comparison-grid.tsx). */
function mayNotBePolicyHtml(company: { mayNotBePrivacyPolicy: boolean }): string {
  return company.mayNotBePrivacyPolicy
    ? `<span class="may-not-be-policy mt-1 block text-xs font-semibold text-amber-900 dark:text-amber-200">${MAY_NOT_BE_POLICY}</span>`
    : "";
}

/** EvidenceQuotes (evidence-quotes.tsx), closed. */
export function evidenceQuotesHtml(
  company: string,
  practice: string,
  evidence: GridCellData["evidence"],
): string {
  if (evidence.length === 0) return "";
  const label = evidence.length === 1 ? "1 clause" : `${evidence.length} clauses`;
  const items = evidence.map((e) => {
    const heading = e.headingPath.length ? ` (${e.headingPath[e.headingPath.length - 1]})` : "";
    return `<li><blockquote class="policy-quote evidence-quote">${escapeHtml(`“${e.quote}”`)}</blockquote><a href="${escapeHtml(clauseHref(company, e.anchor, { finding: practice }))}" class="evidence-link">${escapeHtml(`Read in the policy${heading} →`)}</a></li>`;
  });
  return `<details class="group mt-2"><summary class="quotes-toggle">${DISCLOSURE_ICON}${label}<span class="sr-only"> quoted from the policy</span></summary><ul class="mt-2 space-y-2">${items.join("")}</ul></details>`;
}

/**
 * Each cell's HTML, by company name and dimming, kept as long as the cell object is: the cells
 * are kept per data version and shared between requests (lib/queries/matrix.ts), and most
 * comparisons show cells an earlier one showed.
 */
const cellHtmlOf = new WeakMap<GridCellData, Map<string, string>>();

/** GridCellData (grid-cell.tsx): one company × practice, rating badge → our summary → the company's words. */
export function gridCellHtml(cell: GridCellData, companyName: string, dimmed: boolean): string {
  let kept = cellHtmlOf.get(cell);
  if (!kept) cellHtmlOf.set(cell, (kept = new Map()));
  const key = `${dimmed ? 1 : 0}${companyName}`;
  let html = kept.get(key);
  if (html === undefined) kept.set(key, (html = buildCellHtml(cell, companyName, dimmed)));
  return html;
}

function buildCellHtml(cell: GridCellData, companyName: string, dimmed: boolean): string {
  const silent = cell.rating === "not-addressed";
  const machine = cell.provenance === "machine";
  const cls = ["grid-cell", silent && !dimmed && "hatched", machine && "machine-cell"]
    .filter(Boolean)
    .join(" ");
  let html =
    `<td class="${cls}" data-rating="${cell.rating}" data-provenance="${cell.provenance}">` +
    `<span aria-hidden="true" class="cell-company">${escapeHtml(companyName)}</span>` +
    `<div class="cell-badges">${machine ? provenanceMarkHtml("machine", "sm", false) : ""}${ratingBadgeHtml(cell.rating, cell.practice, dimmed ? "sm" : "md", cell.provenance, !dimmed)}</div>`;
  if (dimmed)
    return `${html}<p class="mt-1 text-xs text-slate-500 dark:text-slate-400">Outside the rating filter.</p></td>`;
  html +=
    `<p class="${silent ? "cell-summary cell-silent" : "cell-summary"}">` +
    (machine ? `<span class="sr-only">Why the machine suggests this rating: </span>` : "") +
    `${escapeHtml(cell.summary)}</p>`;
  if (machine) html += confidenceNoteHtml(cell.confidence, silent);
  return `${html}${evidenceQuotesHtml(cell.company, cell.practice, cell.evidence)}</td>`;
}

export type GridTable = {
  practices: Practice[];
  companies: CompanySummary[];
  cells: GridCellData[];
  ratings: Rating[];
  /** Practices on which the compared companies' ratings differ: their rows say so. */
  differing?: ReadonlySet<string>;
  /**
   * Practices rated alike by the companies on this page but not by the others in scope (a
   * sector paged through): kept under "only where they differ", their rows say why.
   */
  differingElsewhere?: ReadonlySet<string>;
  caption: string;
};

/** Which practices get a row: those with at least one cell matching the rating filter. */
export function gridRows({ practices, companies, cells, ratings }: GridTable): Practice[] {
  const cellAt = new Map(cells.map((c) => [`${c.practice}|${c.company}`, c]));
  const matches = (c: GridCellData | undefined) =>
    !!c && (ratings.length === 0 || ratings.includes(c.rating));
  return practices.filter((p) => companies.some((c) => matches(cellAt.get(`${p.slug}|${c.slug}`))));
}

/** The grid's <table> (comparison-grid.tsx without a lead column). */
export function gridTableHtml(table: GridTable): string {
  const { companies, cells, ratings, differing, differingElsewhere, caption } = table;
  const cellAt = new Map(cells.map((c) => [`${c.practice}|${c.company}`, c]));
  const rows = gridRows(table);

  const heads = companies.map(
    (c) =>
      `<th scope="col" id="${gridColumnId(c.slug)}" class="border-b border-l border-slate-300 bg-slate-100 p-2 align-top break-words sm:p-3 dark:border-slate-700 dark:bg-slate-900">` +
      `<a href="/companies/${escapeHtml(c.slug)}" class="rounded text-base font-semibold text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">${escapeHtml(c.name)}</a>` +
      policyDatesHtml(c, "text-xs font-normal") +
      samePolicyHtml(samePolicyShown(c, companies)) +
      mayNotBePolicyHtml(c) +
      (c.provenance === "machine"
        ? `<span class="mt-1 block">${provenanceMarkHtml("machine", "sm")}</span>`
        : "") +
      `</th>`,
  );

  const counts = countRatingsByCompany(
    cells,
    rows.map((p) => p.slug),
    companies.map((c) => c.slug),
  );
  const shown = `${rows.length} practice${rows.length === 1 ? "" : "s"} shown`;
  const glance =
    `<tr class="at-a-glance"><th scope="row" class="border-b-2 border-slate-300 bg-slate-50 p-2 align-top text-sm font-semibold sm:p-3 dark:border-slate-700 dark:bg-slate-900"><span class="inline-block">At a glance<span class="ml-1 text-xs font-normal text-slate-600 sm:ml-0 sm:block dark:text-slate-400"><span class="sm:hidden">· </span>ratings of the ${shown}</span></span></th>` +
    companies
      .map(
        (c) =>
          `<td class="border-b-2 border-l border-slate-300 bg-slate-50 p-2 align-top sm:p-3 dark:border-slate-700 dark:bg-slate-900">${ratingCountsHtml(counts.get(c.slug)!, `${c.name}: ratings of the ${shown}`, c.provenance)}</td>`,
      )
      .join("") +
    `</tr>`;

  const body = rows.map((p, i) => {
    const differs = companies.length > 1 && !!differing?.has(p.slug);
    const elsewhere = !differs && !!differingElsewhere?.has(p.slug);
    const head =
      `<th scope="row" class="border-b border-slate-200 p-2 align-top text-sm break-words sm:p-3 dark:border-slate-800 ${differs ? "shadow-[inset_4px_0_0_0_var(--color-slate-600)] dark:shadow-[inset_4px_0_0_0_var(--color-slate-300)]" : ""} ${i % 2 ? "bg-slate-50 dark:bg-slate-900" : "bg-white dark:bg-slate-950"}">` +
      `<a href="/practices/${escapeHtml(p.slug)}" class="inline-block rounded font-semibold text-slate-900 hover:text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:text-sky-300">${escapeHtml(p.name)}</a>` +
      (differs
        ? `<span class="mt-1 flex items-center gap-1 text-xs font-medium text-slate-800 dark:text-slate-200">${DIFFERS_ICON}Ratings differ</span>`
        : elsewhere
          ? `<span class="mt-1 block text-xs font-normal text-slate-700 dark:text-slate-300">${DIFFERS_ELSEWHERE}</span>`
          : "") +
      `</th>`;
    const tds = companies.map((c) => {
      const cell = cellAt.get(`${p.slug}|${c.slug}`)!;
      const dimmed = !(ratings.length === 0 || ratings.includes(cell.rating));
      return gridCellHtml(cell, c.name, dimmed);
    });
    return `<tr${differs ? ` data-differs=""` : elsewhere ? ` data-differs-elsewhere=""` : ""} class="${i % 2 ? "bg-slate-50/70 dark:bg-slate-900/40" : ""}">${head}${tds.join("")}</tr>`;
  });

  return (
    `<table class="comparison-grid text-left" tabindex="-1"><caption class="sr-only">${escapeHtml(caption)}</caption>` +
    `<colgroup><col class="practice-col"/>${companies.map(() => "<col/>").join("")}</colgroup>` +
    `<thead><tr><th scope="col" class="grid-corner border-b border-slate-300 bg-slate-100 p-3 align-top text-sm font-semibold dark:border-slate-700 dark:bg-slate-900">Practice</th>${heads.join("")}</tr>${glance}</thead>` +
    `<tbody>${body.join("")}</tbody></table>`
  );
}
