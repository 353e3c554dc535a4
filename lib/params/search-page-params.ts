import { pageOrFirst } from "./page-number";
import { parseSlugList, type SlugList } from "./slug-list";
import { normaliseSearchQuery } from "./search-query";

export const SEARCH_PAGE_SIZE = 20;

export type SearchPageParams = {
  q: string;
  /** The query was longer than allowed and was shortened. */
  truncated: boolean;
  companies?: SlugList;
  practices?: SlugList;
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
  return {
    q,
    truncated,
    companies: parseSlugList(searchParams.companies),
    practices: parseSlugList(searchParams.practices),
    page: pageOrFirst(searchParams.page),
  };
}
