/** The page of one recorded version, at a clause when `anchor` is given. */
export function versionPageHref(slug: string, id: number, anchor?: string): string {
  return `/companies/${encodeURIComponent(slug)}/versions/${id}${anchor ? `#${anchor}` : ""}`;
}
