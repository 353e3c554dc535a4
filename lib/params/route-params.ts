import { exportQuery, matrixQuery, paramNames, searchQuery } from "../api/query-schemas";

/** The query parameters parseGridView (grid-view.ts) reads for the comparison grid, `/`. */
export const GRID_PAGE_PARAMS = [
  "practices",
  "companies",
  "rating",
  "page",
  "at",
  "add",
  "sort",
  "only",
  "sector",
  "provenance",
] as const;
/** The query parameters parseSearchPageParams (search-page-params.ts) reads for `/search`. */
export const SEARCH_PAGE_PARAMS = [
  "q",
  "companies",
  "practices",
  "provenance",
  "page",
  // Singular aliases, the names /changes uses (lib/params/search-page-params.ts).
  "company",
  "practice",
] as const;

/*
 * Which query parameters each route reads, from the lists its own parser checks against. The
 * front server caches a URL only when every parameter in it is one its route reads
 * (lib/server/cache-policy.ts); a route missing here reads none.
 */
const ROUTES = new Map<string, ReadonlySet<string>>([
  ["/", new Set(GRID_PAGE_PARAMS)],
  ["/search", new Set(SEARCH_PAGE_PARAMS)],
  ["/api/matrix", new Set(paramNames(matrixQuery))],
  ["/api/search", new Set(paramNames(searchQuery))],
  ["/api/export", new Set(paramNames(exportQuery))],
]);

export function queryParamsOf(pathname: string): ReadonlySet<string> | undefined {
  return ROUTES.get(pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname);
}
