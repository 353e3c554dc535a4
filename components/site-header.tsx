import Link from "next/link";
import { SiteSearchForm } from "./site-search-form";
import { StickyOffset } from "./sticky-offset";

const NAV = [
  { href: "/", label: "Compare" },
  { href: "/companies", label: "Companies" },
  { href: "/changes", label: "Changes" },
  { href: "/practices", label: "Practices" },
  { href: "/analyze", label: "Read a policy" },
  { href: "/methodology", label: "Methodology" },
  { href: "/about", label: "About" },
] as const;

/** The header on every page: name, main sections and a search box that works without JavaScript. */
export function SiteHeader() {
  return (
    <header className="site-header z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
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
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link
                  href={n.href}
                  className="-my-0.5 inline-block rounded px-1 py-1 whitespace-nowrap text-slate-700 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:text-sky-300"
                >
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearchForm />
      </div>
      <StickyOffset target="header.site-header" variable="--site-header-h" />
    </header>
  );
}
