export type SearchState = {
  q: string;
  companies?: readonly string[];
  practices?: readonly string[];
  /** Only clauses of companies with this provenance (omitted: both). */
  provenance?: "curated" | "machine" | null;
  page?: number;
};

/**
 * The /search URL for a state, with lists comma-separated (the form's repeated keys read the
 * same) and empty parts left out, so every filter is a plain link that works without JavaScript.
 */
export function searchHref(state: SearchState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  if (state.companies?.length)
    parts.push(`companies=${state.companies.map(encodeURIComponent).join(",")}`);
  if (state.practices?.length)
    parts.push(`practices=${state.practices.map(encodeURIComponent).join(",")}`);
  if (state.provenance) parts.push(`provenance=${state.provenance}`);
  if (state.page && state.page > 1) parts.push(`page=${state.page}`);
  return parts.length ? `/search?${parts.join("&")}` : "/search";
}
