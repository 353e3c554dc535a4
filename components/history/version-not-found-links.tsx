"use client";

import { usePathname } from "next/navigation";

const SLUG = /^\/companies\/([a-z0-9-]{1,100})\/versions\//;

/** From a version's address, the links to its company's history and page. */
export function VersionNotFoundLinks() {
  const slug = SLUG.exec(usePathname() ?? "")?.[1];
  if (!slug) return null;
  return (
    <p className="flex flex-wrap justify-center gap-x-4">
      <a
        href={`/companies/${slug}/changes`}
        className="inline-block rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600"
      >
        The policy history of this company
      </a>
    </p>
  );
}
