import Link from "@/components/app-link";
import { MainNav } from "./main-nav";
import { SiteSearchForm } from "./site-search-form";
import { StickyOffset } from "./sticky-offset";

/** The header on every page: name, main sections and a search box that works without JavaScript. */
export function SiteHeader() {
  return (
    <header className="site-header z-30 border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-6 w-6 text-sky-700 dark:text-sky-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z" />
            <path d="M9 3v15M15 6v15" />
          </svg>
          <span>Policy Atlas</span>
        </Link>
        <MainNav />
        <SiteSearchForm />
      </div>
      <StickyOffset target="header.site-header" variable="--site-header-h" />
    </header>
  );
}
