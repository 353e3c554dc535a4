import Link from "next/link";
import type { CompanyHits } from "@/lib/queries/search-clauses";
import { searchHref } from "@/lib/search/search-href";

const ITEM = "flex items-center justify-between gap-3 rounded-md px-2.5 py-1.5 text-sm";

/** With many companies, list only those that matter: the selected ones and the most matches. */
const MAX_LISTED = 24;

/**
 * Matches per company as links that narrow the search to one company (keeping the practice
 * filter); counts ignore the company filter so the other companies stay one click away.
 */
export function CompanyHitCounts(props: {
  q: string;
  byCompany: CompanyHits[];
  selected: string[];
  practices: string[];
}) {
  const all = props.byCompany.reduce((sum, c) => sum + c.count, 0);
  const many = props.byCompany.length > MAX_LISTED;
  const listed = many
    ? props.byCompany
        .filter((c) => c.count > 0 || props.selected.includes(c.company))
        .sort(
          (a, b) =>
            Number(props.selected.includes(b.company)) -
              Number(props.selected.includes(a.company)) || b.count - a.count,
        )
        .slice(0, MAX_LISTED)
    : props.byCompany;
  const withMatches = props.byCompany.filter((c) => c.count > 0).length;
  const count = (n: number) => (
    <span className="text-slate-600 tabular-nums dark:text-slate-400">
      {n}
      <span className="sr-only"> {n === 1 ? "clause" : "clauses"}</span>
    </span>
  );
  return (
    <nav aria-labelledby="by-company-heading">
      <h2
        id="by-company-heading"
        className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300"
      >
        Matches by company
      </h2>
      <ul className="flex flex-wrap gap-1.5 lg:flex-col lg:gap-0.5">
        <li>
          <Link
            href={searchHref({ q: props.q, practices: props.practices })}
            aria-current={props.selected.length === 0 ? "page" : undefined}
            className={`${ITEM} border border-slate-200 hover:border-sky-600 hover:text-sky-800 aria-[current=page]:bg-sky-50 aria-[current=page]:font-semibold aria-[current=page]:text-sky-900 lg:border-transparent lg:hover:border-transparent lg:hover:bg-slate-100 dark:border-slate-800 dark:hover:text-sky-300 dark:aria-[current=page]:bg-sky-950 dark:aria-[current=page]:text-sky-200 lg:dark:border-transparent lg:dark:hover:bg-slate-900`}
          >
            All companies {count(all)}
          </Link>
        </li>
        {listed.map((c) => {
          const current = props.selected.length === 1 && props.selected[0] === c.company;
          const included = props.selected.includes(c.company);
          return (
            <li key={c.company}>
              {c.count === 0 ? (
                <span
                  className={`${ITEM} border border-dashed border-slate-200 text-slate-500 lg:border-transparent dark:border-slate-800 dark:text-slate-400 lg:dark:border-transparent`}
                >
                  {c.companyName} {count(0)}
                </span>
              ) : (
                <Link
                  href={searchHref({
                    q: props.q,
                    companies: [c.company],
                    practices: props.practices,
                  })}
                  aria-current={current ? "page" : undefined}
                  className={`${ITEM} border border-slate-200 hover:border-sky-600 hover:text-sky-800 lg:border-transparent lg:hover:border-transparent lg:hover:bg-slate-100 dark:border-slate-800 dark:hover:text-sky-300 lg:dark:border-transparent lg:dark:hover:bg-slate-900 ${included ? "bg-sky-50 font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-200" : ""}`}
                >
                  {c.companyName} {count(c.count)}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {many && withMatches > listed.length && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          and {withMatches - listed.length} more companies with matches; narrow by practice or words
          to see them.
        </p>
      )}
    </nav>
  );
}
