import Link from "next/link";
import type { CompanyHits } from "@/lib/queries/search-clauses";
import { searchHref } from "@/lib/params/hrefs";

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
    <span className="hit-count-n">
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
            className="hit-count hit-count-link"
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
                <span className="hit-count hit-count-none">
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
                  className={
                    included
                      ? "hit-count hit-count-link hit-count-included"
                      : "hit-count hit-count-link"
                  }
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
