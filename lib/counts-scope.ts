import type { Provenance } from "./provenance";

/**
 * What a practice page's counts cover, in words: every company in the filter's scope, on every
 * page, since the cards below them are one page of those companies. `onThisPage` is null when
 * they all fit on one page.
 */
export function countsScope(
  total: number,
  provenance: Provenance | null,
  onThisPage: number | null,
): string {
  const kind =
    provenance === "curated" ? "curated " : provenance === "machine" ? "machine-read " : "";
  const all =
    total === 1 ? `the one ${kind}company` : `all ${total.toLocaleString("en")} ${kind}companies`;
  return onThisPage === null
    ? `Ratings of ${all}:`
    : `Ratings of ${all}, on every page (this page shows ${onThisPage}):`;
}
