import Link from "@/components/app-link";

const STEP =
  "rounded-md border border-slate-300 px-3 py-1.5 hover:border-sky-600 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:border-sky-400 dark:hover:text-sky-300";

/**
 * Previous / next and "Page n of m", for every paged list (grid companies, search results,
 * a practice's companies). Plain links, so each page has its own URL and works without JavaScript.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
  focusOnArrival,
}: {
  page: number;
  pageCount: number;
  /** The URL of a page, from the typed builders in lib/params/hrefs.ts. */
  hrefFor: (page: number) => string;
  /** What is paged, for the navigation's name: "Companies" gives "Companies pages". */
  label: string;
  /**
   * Where keyboard focus goes when the new page arrives (CSS selectors, first present wins), so
   * the next Tab walks the new page rather than starting from the pager (focus-on-arrival.tsx).
   */
  focusOnArrival?: string[];
}) {
  if (pageCount <= 1) return null;
  const arrival = focusOnArrival ? { "data-focus-on-arrival": focusOnArrival.join(",") } : {};
  return (
    <>
      {/* On paper the pager is no use, but which page this is still matters. */}
      <p className="hidden text-center text-sm print:block">
        Page {page} of {pageCount}
      </p>
      <nav
        aria-label={`${label} pages`}
        className="no-print flex items-center justify-center gap-3 text-sm"
      >
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={STEP} rel="prev" {...arrival}>
            ← Previous
          </Link>
        ) : (
          <span
            className={`${STEP} pointer-events-none border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}
            aria-hidden="true"
          >
            ← Previous
          </span>
        )}
        <span className="text-slate-700 tabular-nums dark:text-slate-300">
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={STEP} rel="next" {...arrival}>
            Next →
          </Link>
        ) : (
          <span
            className={`${STEP} pointer-events-none border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}
            aria-hidden="true"
          >
            Next →
          </span>
        )}
      </nav>
    </>
  );
}
