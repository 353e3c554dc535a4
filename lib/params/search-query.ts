// Query text rules belong to search (lib/search/search-query.ts), which the query layer uses too;
// re-exported here so the URL parsers keep their import.
export { MAX_QUERY_LENGTH, normaliseSearchQuery, type SearchQuery } from "../search/search-query";
