import type { CompanySummary } from "@/lib/queries/companies";
import type { GridCellData } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import { countRatingsByCompany } from "@/lib/rating-counts";
import { RatingCounts } from "./rating-counts";

/** The grid's "at a glance" row: per company, how many of the practices shown carry each rating. */
export function RatingCountsRow({
  practices,
  companies,
  cells,
}: {
  practices: Practice[];
  companies: CompanySummary[];
  cells: GridCellData[];
}) {
  const counts = countRatingsByCompany(
    cells,
    practices.map((p) => p.slug),
    companies.map((c) => c.slug),
  );
  const shown = `${practices.length} practice${practices.length === 1 ? "" : "s"} shown`;
  return (
    <tr className="at-a-glance">
      <th
        scope="row"
        className="border-b-2 border-slate-300 bg-slate-50 p-2 align-top text-sm font-semibold sm:p-3 dark:border-slate-700 dark:bg-slate-900"
      >
        {/* One box, so that on a phone it stays pinned at the left as a practice's name does. */}
        <span className="inline-block">
          At a glance
          <span className="ml-1 text-xs font-normal text-slate-600 sm:ml-0 sm:block dark:text-slate-400">
            <span className="sm:hidden">· </span>ratings of the {shown}
          </span>
        </span>
      </th>
      {companies.map((c) => (
        <td
          key={c.slug}
          className="border-b-2 border-l border-slate-300 bg-slate-50 p-2 align-top sm:p-3 dark:border-slate-700 dark:bg-slate-900"
        >
          <RatingCounts
            counts={counts.get(c.slug)!}
            label={`${c.name}: ratings of the ${shown}`}
            provenance={c.provenance}
          />
        </td>
      ))}
    </tr>
  );
}
