import type { CSSProperties, ReactNode } from "react";
import { gridColumnId } from "@/lib/grid-column-id";
import { nameList } from "@/lib/name-list";
import type { GridCellData } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import { quotePassage } from "@/lib/quote-passage";
import { samePolicyShown } from "@/lib/same-policy-shown";
import { GridCell } from "./grid-cell";
import {
  DIFFERS_ELSEWHERE,
  MAY_NOT_BE_POLICY,
  gridTableHtml,
  type GridTable,
} from "./grid-table-html";
import { PolicyDates } from "./policy-dates";
import { ProvenanceMark } from "./provenance-mark";
import { RatingCountsRow } from "./rating-counts-row";
import { KeepOpenDisclosures } from "./keep-open-disclosures";
import { RevealFocus } from "./reveal-focus";
import { StickyOffset } from "./sticky-offset";

type Props = GridTable & {
  /** A column before the companies' (the /analyze page's machine reading), with its own cells. */
  leadColumn?: { header: ReactNode; cell: (practice: Practice) => ReactNode };
  /** Render the table as React elements even without a lead column (tests compare the two). */
  reactTable?: boolean;
  /**
   * How the comparison page hands its table, built as one string, to React (the page passes
   * StaticHtml, a server component, which sends it once); by default a plain element.
   */
  htmlBlock?: (block: ScrollBlock & { html: string }) => ReactNode;
};

/** The scrolling box the table sits in. */
export type ScrollBlock = { className: string; "data-cols": number; style: CSSProperties };

/** Why two columns read the same: their companies' policy text is one and the same. */
function SamePolicyNote({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <span className="same-policy mt-1 block text-xs font-normal text-slate-700 dark:text-slate-300">
      {`Same policy text as ${nameList(names)}`}
    </span>
  );
}

/** Why a machine-read column says little: its recorded text may not be a privacy policy. */
function MayNotBePolicyNote({ company }: { company: { mayNotBePrivacyPolicy: boolean } }) {
  if (!company.mayNotBePrivacyPolicy) return null;
  return (
    <span className="may-not-be-policy mt-1 block text-xs font-semibold text-amber-900 dark:text-amber-200">
      {MAY_NOT_BE_POLICY}
    </span>
  );
}

/** A not-equal sign: the row's cue besides its words, never colour alone. */
function DiffersIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="h-3.5 w-3.5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      <path d="M3 6h10M3 10h10M11 2.5 5 13.5" />
    </svg>
  );
}

/**
 * Kept per cell: the cells of a comparison are kept per data version and shared between
 * requests (lib/queries/matrix.ts), so each is shortened once, and the same object comes back
 * for the table's memo of its HTML (grid-table-html.ts).
 */
const passagesOf = new WeakMap<GridCellData, GridCellData>();

/** A machine-read cell with each quote cut to its opening passage; any other cell as it is. */
function withPassages(cell: GridCellData): GridCellData {
  if (cell.provenance !== "machine" || !cell.evidence.length) return cell;
  let shortened = passagesOf.get(cell);
  if (!shortened) {
    shortened = {
      ...cell,
      evidence: cell.evidence.map((e) => ({ ...e, quote: quotePassage(e.quote) })),
    };
    passagesOf.set(cell, shortened);
  }
  return shortened;
}

/**
 * Practices as rows, companies as columns: a real table with a sticky header row and first
 * column. Its layout (even columns, one page scroll, practices above their cells on phones)
 * lives in app/comparison-grid.css.
 */
export function ComparisonGrid({
  practices,
  companies,
  cells,
  ratings,
  differing,
  differingElsewhere,
  caption,
  leadColumn,
  reactTable = false,
  htmlBlock,
}: Props) {
  // A machine-read quote is often a whole clause: a cell shows its opening sentences, and its
  // link leads to the clause on the company page with the whole quote marked. A person's quotes
  // are the passages they chose, shown whole.
  cells = cells.map(withPassages);
  const cellAt = new Map(cells.map((c) => [`${c.practice}|${c.company}`, c]));
  const matches = (c: GridCellData | undefined) =>
    !!c && (ratings.length === 0 || ratings.includes(c.rating));
  const rows = leadColumn
    ? practices
    : practices.filter((p) => companies.some((c) => matches(cellAt.get(`${p.slug}|${c.slug}`))));
  const columns = companies.length + (leadColumn ? 1 : 0);

  const scroll: ScrollBlock = {
    className: "grid-scroll",
    "data-cols": columns,
    style: { "--cols": columns } as CSSProperties,
  };
  const frame = (table: ReactNode, html?: string) => (
    <div
      className="grid-frame rounded-lg border border-slate-200 dark:border-slate-800"
      style={scroll.style}
    >
      {html !== undefined && htmlBlock ? (
        htmlBlock({ ...scroll, html })
      ) : (
        <div
          {...scroll}
          dangerouslySetInnerHTML={html === undefined ? undefined : { __html: html }}
        >
          {table}
        </div>
      )}
      <StickyOffset
        target="table.comparison-grid > thead th:last-child"
        variable="--grid-head-h"
        whenFocusWithin="table.comparison-grid"
      />
      <RevealFocus within="table.comparison-grid" />
      <KeepOpenDisclosures selector="table.comparison-grid details" />
    </div>
  );
  // The comparison page's table is built as one string (grid-table-html.ts, the same markup);
  // the React table below serves a lead column of React cells (the /analyze page).
  if (!leadColumn && !reactTable)
    return frame(
      null,
      gridTableHtml({
        practices,
        companies,
        cells,
        ratings,
        differing,
        differingElsewhere,
        caption,
      }),
    );

  return frame(
    // Focusable by script only, so a new page of companies can lead the keyboard into it.
    <table className="comparison-grid text-left" tabIndex={-1}>
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col className="practice-col" />
        {leadColumn && <col />}
        {companies.map((c) => (
          <col key={c.slug} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th
            scope="col"
            className="grid-corner border-b border-slate-300 bg-slate-100 p-3 align-top text-sm font-semibold dark:border-slate-700 dark:bg-slate-900"
          >
            Practice
          </th>
          {leadColumn?.header}
          {companies.map((c) => (
            <th
              key={c.slug}
              scope="col"
              id={gridColumnId(c.slug)}
              className="border-b border-l border-slate-300 bg-slate-100 p-2 align-top break-words sm:p-3 dark:border-slate-700 dark:bg-slate-900"
            >
              <a
                href={`/companies/${c.slug}`}
                className="rounded text-base font-semibold text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
              >
                {c.name}
              </a>
              <PolicyDates company={c} className="text-xs font-normal" />
              <SamePolicyNote names={samePolicyShown(c, companies)} />
              <MayNotBePolicyNote company={c} />
              {c.provenance === "machine" && (
                <span className="mt-1 block">
                  <ProvenanceMark provenance="machine" size="sm" />
                </span>
              )}
            </th>
          ))}
        </tr>
        {/* The counts are of the companies' curated findings; a lead column has none to count. */}
        {!leadColumn && <RatingCountsRow practices={rows} companies={companies} cells={cells} />}
      </thead>
      <tbody>
        {rows.map((p, i) => {
          const differs = companies.length > 1 && !!differing?.has(p.slug);
          const elsewhere = !differs && !!differingElsewhere?.has(p.slug);
          return (
            <tr
              key={p.slug}
              data-differs={differs ? "" : undefined}
              data-differs-elsewhere={elsewhere ? "" : undefined}
              className={i % 2 ? "bg-slate-50/70 dark:bg-slate-900/40" : ""}
            >
              <th
                scope="row"
                className={`border-b border-slate-200 p-2 align-top text-sm break-words sm:p-3 dark:border-slate-800 ${differs ? "shadow-[inset_4px_0_0_0_var(--color-slate-600)] dark:shadow-[inset_4px_0_0_0_var(--color-slate-300)]" : ""} ${i % 2 ? "bg-slate-50 dark:bg-slate-900" : "bg-white dark:bg-slate-950"}`}
              >
                <a
                  href={`/practices/${p.slug}`}
                  className="inline-block rounded font-semibold text-slate-900 hover:text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:text-sky-300"
                >
                  {p.name}
                </a>
                {differs && (
                  <span className="mt-1 flex items-center gap-1 text-xs font-medium text-slate-800 dark:text-slate-200">
                    <DiffersIcon />
                    Ratings differ
                  </span>
                )}
                {elsewhere && (
                  <span className="mt-1 block text-xs font-normal text-slate-700 dark:text-slate-300">
                    {DIFFERS_ELSEWHERE}
                  </span>
                )}
              </th>
              {leadColumn?.cell(p)}
              {companies.map((c) => {
                const cell = cellAt.get(`${p.slug}|${c.slug}`)!;
                return (
                  <GridCell key={c.slug} cell={cell} companyName={c.name} dimmed={!matches(cell)} />
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>,
  );
}
