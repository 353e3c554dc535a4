"use client";

import Link from "@/components/app-link";
import { usePathname } from "next/navigation";

const NAV = [
  { href: "/", label: "Compare" },
  { href: "/companies", label: "Companies" },
  { href: "/changes", label: "Changes" },
  { href: "/practices", label: "Practices" },
  { href: "/analyze", label: "Read a policy" },
  { href: "/methodology", label: "Methodology" },
  { href: "/about", label: "About" },
] as const;

/** The section a path belongs to: a company's history is under Companies, the grid is "/" alone. */
export function currentSection(pathname: string): string | undefined {
  return NAV.find((n) =>
    n.href === "/" ? pathname === "/" : pathname === n.href || pathname.startsWith(`${n.href}/`),
  )?.href;
}

/**
 * The header's main sections. The one the page is in says so, to a screen reader
 * (aria-current="page") and to the eye by weight and an underline, not by colour alone.
 */
export function MainNav() {
  const current = currentSection(usePathname());
  return (
    <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {NAV.map((n) => (
          <li key={n.href}>
            <Link
              href={n.href}
              aria-current={n.href === current ? "page" : undefined}
              className="-my-0.5 inline-block rounded px-1 py-1 whitespace-nowrap text-slate-700 decoration-2 underline-offset-4 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=page]:text-slate-950 aria-[current=page]:underline dark:text-slate-300 dark:hover:text-sky-300 dark:aria-[current=page]:text-white"
            >
              {n.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
