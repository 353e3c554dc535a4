// Query text rules belong to search (lib/search/search-query.ts), which the query layer uses too;
// re-exported here so the URL parsers keep their import.
export { MAX_QUERY_LENGTH, normaliseSearchQuery, type SearchQuery } from "../search/search-query";

/** The header's search box: short enough to show whole in its narrow width on a 375 px phone. */
export const SITE_SEARCH_PLACEHOLDER = "Search all clauses";
