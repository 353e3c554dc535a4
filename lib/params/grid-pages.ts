/** Companies shown per grid page when the user has not picked any. */
export const COMPANIES_PER_PAGE = 6;
/**
 * A last page this short joins the page before it: a sector of seven is one comparison of
 * seven, not six and a lone column on a page of its own (the grid takes up to ten).
 */
export const SHORT_LAST_PAGE = 2;

/** How many pages the grid's default (no company picked) takes for this many companies. */
export function gridPageCount(total: number): number {
  const full = Math.floor(total / COMPANIES_PER_PAGE);
  if (full === 0) return 1;
  return total % COMPANIES_PER_PAGE > SHORT_LAST_PAGE ? full + 1 : full;
}

/** The companies on one page (1-based, within the count) of the grid's default. */
export function gridPage<T>(ordered: readonly T[], page: number): T[] {
  const start = (page - 1) * COMPANIES_PER_PAGE;
  const last = page >= gridPageCount(ordered.length);
  return ordered.slice(start, last ? ordered.length : start + COMPANIES_PER_PAGE);
}
