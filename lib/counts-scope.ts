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
  /** The sector's name, when the page is narrowed to one. */
  sector: string | null = null,
): string {
  const kind =
    provenance === "curated" ? "curated " : provenance === "machine" ? "machine-read " : "";
  const where = sector ? ` in ${sector}` : "";
  const all =
    total === 0
      ? `no ${kind}company${where}`
      : total === 1
        ? `the one ${kind}company${where}`
        : `all ${total.toLocaleString("en")} ${kind}companies${where}`;
  return onThisPage === null
    ? `Ratings of ${all}:`
    : `Ratings of ${all}, on every page (this page shows ${onThisPage}):`;
}
