import { pageOrFirst } from "./page-number";
import { SEARCH_PAGE_PARAMS } from "./route-params";
import { parseSlugList, type SlugList } from "./slug-list";
import { normaliseSearchQuery } from "./search-query";
import { unknownParamsNotice } from "./unknown-params";

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
  /** A notice naming the parameters the page does not read, or null. */
  unknownParams: string | null;
};

// What the search reads, the list the front server caches by too (route-params.ts).
const SEARCH_READS: readonly string[] = SEARCH_PAGE_PARAMS;

type Raw = string | string[] | undefined;

/**
 * /changes's singular names for the same filters (`?company=mozy&practice=cookies`) are read as
 * the search's own, their values after the plural's: a reader who edits an address copied from
 * there means them (/changes reads these plural names likewise, history-params.ts).
 */
const merged = (plural: Raw, singular: Raw): Raw =>
  singular === undefined ? plural : [plural ?? [], singular].flat();

/**
 * Reads /search's URL. Nothing here is an error: a bad page number means page 1, slugs are
 * checked against the database by the page, which says which ones it ignored, and a parameter it
 * does not read is named, as the grid names one.
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
    companies: parseSlugList(merged(searchParams.companies, searchParams.company)),
    practices: parseSlugList(merged(searchParams.practices, searchParams.practice)),
    provenance,
    badProvenance:
      provenance || !rawProvenance || rawProvenance === "all" ? null : rawProvenance.slice(0, 30),
    page: pageOrFirst(searchParams.page),
    unknownParams: unknownParamsNotice(
      searchParams,
      SEARCH_READS,
      "the search reads q, companies, practices (company and practice too), provenance and page",
    ),
  };
}
