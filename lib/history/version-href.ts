/** The page of one recorded version, at a clause when `anchor` is given. */
export function versionPageHref(slug: string, id: number, anchor?: string): string {
  return `/companies/${encodeURIComponent(slug)}/versions/${id}${anchor ? `#${anchor}` : ""}`;
}

/**
 * Where a clause link that names nothing on the page is sent (app/companies/[slug]/versions/find):
 * the latest version that had the clause, else the history. `?clause=` and the anchor follow.
 */
export function findClauseHref(slug: string): string {
  return `/companies/${encodeURIComponent(slug)}/versions/find`;
}

/** A version's row in the history's timeline, which lists 100 versions a page, newest first. */
export function timelineRowHref(slug: string, id: number, newer: number): string {
  const page = Math.floor(newer / 100) + 1;
  return `/companies/${encodeURIComponent(slug)}/changes${page > 1 ? `?page=${page}` : ""}#version-${id}`;
}
