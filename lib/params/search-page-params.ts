import { pageOrFirst } from "./page-number";
import { parseSlugList, type SlugList } from "./slug-list";
import { normaliseSearchQuery } from "./search-query";

export const SEARCH_PAGE_SIZE = 20;
/**
 * Clauses of one company on a page of results across companies: enough to show what it says,
 * few enough that a long policy does not fill the page. Narrowed to one company, all are listed.
 */
export const SEARCH_PER_COMPANY = 2;

export type SearchPageParams = {
  q: string;
  /** The query was longer than allowed and was shortened. */
  truncated: boolean;
  companies?: SlugList;
  practices?: SlugList;
  /** Only curated or only machine-read companies; null for both. */
  provenance: "curated" | "machine" | null;
  /** A provenance value the page could not use, to mention. */
  badProvenance: string | null;
  page: number;
};

/**
 * Reads /search's URL. Nothing here is an error: a bad page number means page 1, and slugs are
 * checked against the database by the page, which says which ones it ignored.
 */
export function parseSearchPageParams(
  searchParams: Record<string, string | string[] | undefined>,
): SearchPageParams {
  const { q, truncated } = normaliseSearchQuery(searchParams.q);
  const rawProvenance = [searchParams.provenance].flat()[0]?.trim().toLowerCase() ?? "";
  const provenance =
    rawProvenance === "curated" || rawProvenance === "machine" ? rawProvenance : null;
  return {
    q,
    truncated,
    companies: parseSlugList(searchParams.companies),
    practices: parseSlugList(searchParams.practices),
    provenance,
    badProvenance:
      provenance || !rawProvenance || rawProvenance === "all" ? null : rawProvenance.slice(0, 30),
    page: pageOrFirst(searchParams.page),
  };
}
