"use client";

import { usePathname, useSearchParams } from "next/navigation";
import {
  normaliseSearchQuery,
  MAX_QUERY_LENGTH,
  SITE_SEARCH_PLACEHOLDER,
} from "@/lib/params/search-query";

/** The header's search box: on /search it holds the search shown, like the page's own box. */
export function SiteSearchInput({ className }: { className: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = pathname === "/search" ? normaliseSearchQuery(params.get("q") ?? "").q : "";
  return (
    <input
      // A new search (Back, a link) replaces what the box holds, as on the page.
      key={q}
      id="site-search"
      name="q"
      type="search"
      defaultValue={q}
      maxLength={MAX_QUERY_LENGTH}
      placeholder={SITE_SEARCH_PLACEHOLDER}
      className={className}
    />
  );
}
