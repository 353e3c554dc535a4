import Link from "@/components/app-link";
import type { CompanyHits } from "@/lib/queries/search-clauses";
import { searchHref } from "@/lib/params/hrefs";

/** With many companies, list only those that matter: the selected ones and the most matches. */
const MAX_LISTED = 24;
/**
 * Companies listed before "Show N more" on a screen too narrow for the sidebar, where the list
 * sits above the results: five and "All companies" take three or four lines at 390 px, not fifteen.
 * search-results.css hides the rest (`.hit-count-extra`) while that disclosure is closed.
 */
export const LISTED_ON_PHONES = 5;

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
    <nav aria-labelledby="by-company-heading" className="hit-counts">
      <h2
        id="by-company-heading"
        className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300"
      >
        Matches by company
      </h2>
      {props.byCompany.some((c) => c.count > 0 && props.selected.includes(c.company)) &&
      props.byCompany.some((c) => c.count > 0 && !props.selected.includes(c.company)) ? (
        // Without it the other companies' counts read as part of the results shown.
        <p className="hit-count-note mb-2 text-xs text-slate-600 dark:text-slate-400">
          The results are from the {props.selected.length === 1 ? "company" : "companies"} you chose
          (highlighted); the others are matches elsewhere, one click away.
        </p>
      ) : null}
      <ul className="hit-count-list flex flex-wrap gap-1.5 lg:flex-col lg:gap-0.5">
        <li>
          <Link
            href={searchHref({ q: props.q, practices: props.practices })}
            aria-current={props.selected.length === 0 ? "page" : undefined}
            className="hit-count hit-count-link"
          >
            All companies {count(all)}
          </Link>
        </li>
        {listed.map((c, i) => {
          const current = props.selected.length === 1 && props.selected[0] === c.company;
          const included = props.selected.includes(c.company);
          return (
            <li key={c.company} className={i >= LISTED_ON_PHONES ? "hit-count-extra" : undefined}>
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
      {listed.length > LISTED_ON_PHONES && (
        // Works without JavaScript; wide screens have room for the whole list and no toggle.
        <details className="hit-count-more group mt-2 text-sm lg:hidden">
          <summary className="cursor-pointer rounded font-medium text-sky-800 select-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
            <span className="group-open:hidden">
              Show {listed.length - LISTED_ON_PHONES} more{" "}
              {listed.length - LISTED_ON_PHONES === 1 ? "company" : "companies"}
            </span>
            <span className="hidden group-open:inline">Show fewer companies</span>
          </summary>
        </details>
      )}
      {many && withMatches > listed.length && (
        <p className="hit-count-rest mt-2 text-xs text-slate-600 dark:text-slate-400">
          and {withMatches - listed.length} more companies with matches; narrow by practice or words
          to see them.
        </p>
      )}
    </nav>
  );
}
