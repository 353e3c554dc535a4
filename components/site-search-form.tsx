"use client";

import { usePathname } from "next/navigation";
import { MAX_QUERY_LENGTH, SITE_SEARCH_PLACEHOLDER } from "@/lib/params/search-query";

const INPUT =
  "w-44 min-w-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-sky-600 sm:w-64 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400";

/**
 * The header's search box, a plain GET form that works without JavaScript. It is left out on
 * /search, whose own box holds the search shown: two boxes with the same words read as two
 * different searches.
 */
export function SiteSearchForm() {
  if (usePathname() === "/search") return null;
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="ml-auto flex min-w-0 items-center gap-2"
    >
      <label htmlFor="site-search" className="sr-only">
        Search every clause
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={SITE_SEARCH_PLACEHOLDER}
        className={INPUT}
      />
      <button
        type="submit"
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Search
      </button>
    </form>
  );
}
