import type { CompanySummary } from "@/lib/queries/companies";
import type { MatrixCell } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import type { Rating } from "@/lib/ratings";
import { GridCell } from "./grid-cell";
import { ProvenanceMark } from "./provenance-mark";
import { RatingCountsRow } from "./rating-counts-row";
import { StatedDate } from "./stated-date";

type Props = {
  practices: Practice[];
  companies: CompanySummary[];
  cells: MatrixCell[];
  ratings: Rating[];
  caption: string;
};

/** Practices as rows, companies as columns: a real table with a sticky header row and first column. */
export function ComparisonGrid({ practices, companies, cells, ratings, caption }: Props) {
  const cellAt = new Map(cells.map((c) => [`${c.practice}|${c.company}`, c]));
  const matches = (c: MatrixCell | undefined) =>
    !!c && (ratings.length === 0 || ratings.includes(c.rating));
  const rows = practices.filter((p) =>
    companies.some((c) => matches(cellAt.get(`${p.slug}|${c.slug}`))),
  );

  return (
    <div className="grid-scroll relative overflow-auto rounded-lg border border-slate-200 lg:max-h-[calc(100vh-7rem)] dark:border-slate-800">
      <table className="comparison-grid w-full border-separate border-spacing-0 text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky top-0 left-0 z-20 w-28 min-w-28 border-b border-slate-300 bg-slate-100 p-2 text-sm font-semibold sm:w-48 sm:min-w-48 sm:p-3 dark:border-slate-700 dark:bg-slate-900"
            >
              Practice
            </th>
            {companies.map((c) => (
              <th
                key={c.slug}
                scope="col"
                className="sticky top-0 z-10 border-b border-l border-slate-300 bg-slate-100 p-3 align-top dark:border-slate-700 dark:bg-slate-900"
              >
                <a
                  href={`/companies/${c.slug}`}
                  className="rounded text-base font-semibold text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
                >
                  {c.name}
                </a>
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  <StatedDate label={c.effectiveDateLabel} date={c.effectiveDate} />
                </span>
                {c.provenance === "machine" && (
                  <span className="mt-1 block">
                    <ProvenanceMark provenance="machine" size="sm" />
                  </span>
                )}
              </th>
            ))}
          </tr>
          <RatingCountsRow practices={rows} companies={companies} cells={cells} />
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={p.slug} className={i % 2 ? "bg-slate-50/70 dark:bg-slate-900/40" : ""}>
              <th
                scope="row"
                className={`sticky left-0 z-[5] border-b border-slate-200 p-2 align-top text-sm sm:p-3 dark:border-slate-800 ${i % 2 ? "bg-slate-50 dark:bg-slate-900" : "bg-white dark:bg-slate-950"}`}
              >
                <a
                  href={`/practices/${p.slug}`}
                  className="rounded font-semibold text-slate-900 hover:text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:text-sky-300"
                >
                  {p.name}
                </a>
              </th>
              {companies.map((c) => {
                const cell = cellAt.get(`${p.slug}|${c.slug}`)!;
                return <GridCell key={c.slug} cell={cell} dimmed={!matches(cell)} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
