import Link from "next/link";

/** Previous / next and a page count; plain links, so every page has its own URL. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const link =
    "rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav
      aria-label={`${label} pages`}
      className="no-print flex items-center justify-center gap-3 text-sm"
    >
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span
          className={`${link} border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}
          aria-hidden="true"
        >
          ← Previous
        </span>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span
          className={`${link} border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}
          aria-hidden="true"
        >
          Next →
        </span>
      )}
    </nav>
  );
}
