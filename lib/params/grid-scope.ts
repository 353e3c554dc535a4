import type { CompanySummary } from "../queries/companies";
import { isSectorSlug, sectorName, type SectorSlug } from "../sectors";

/** Which findings the grid's pool of companies includes: the curated only, or the machine-read too. */
export type GridProvenance = "curated" | "all";

export type GridScope = {
  sector: SectorSlug | null;
  provenance: GridProvenance;
  /** True when the URL chose the provenance (kept in links); false for the default. */
  explicitProvenance: boolean;
  notices: string[];
};

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * `?sector=messaging` and `?provenance=curated|all` choose the grid's pool of companies when
 * none are picked by name. The default is the curated five; a sector view includes the
 * machine-read companies unless `provenance=curated` says otherwise. Never throws.
 */
export function parseGridScope(params: SearchParams): GridScope {
  const notices: string[] = [];
  let sector: SectorSlug | null = null;
  const rawSector = first(params.sector)?.trim().toLowerCase();
  if (rawSector) {
    if (isSectorSlug(rawSector)) sector = rawSector;
    else notices.push(`Ignored unknown sector "${rawSector.slice(0, 30)}".`);
  }
  let provenance: GridProvenance = sector ? "all" : "curated";
  let explicitProvenance = false;
  const rawProvenance = first(params.provenance)?.trim().toLowerCase();
  if (rawProvenance) {
    if (rawProvenance === "curated" || rawProvenance === "all") {
      provenance = rawProvenance;
      explicitProvenance = true;
    } else if (rawProvenance === "machine") {
      // The grid has no view of machine-read companies alone (its choices are curated only, or
      // both): "machine" is read as "include machine-read", and said so, since /companies and the
      // practice pages read it as machine-read only.
      provenance = "all";
      explicitProvenance = true;
      notices.push(
        'Read provenance "machine" as all: the grid shows machine-read companies beside the curated ones, not alone. To list the machine-read companies alone, use Companies in the menu.',
      );
    } else
      notices.push(
        `Ignored provenance "${rawProvenance.slice(0, 30)}": use curated (curated only) or all (include machine-read).`,
      );
  }
  return { sector, provenance, explicitProvenance, notices };
}

/**
 * The slugs of the companies in scope, in the order of the list given; with `curatedFirst`, the
 * curated companies lead (each group keeping that order), so "include machine-read" adds the
 * machine-read companies after the reviewed ones instead of scattering these through the pages.
 */
export function gridPool(
  companies: CompanySummary[],
  scope: GridScope,
  opts: { curatedFirst?: boolean } = {},
): string[] {
  const inScope = companies.filter(
    (c) =>
      (!scope.sector || c.sector === scope.sector) &&
      (scope.provenance === "all" || c.provenance === "curated"),
  );
  const ordered = opts.curatedFirst
    ? [
        ...inScope.filter((c) => c.provenance === "curated"),
        ...inScope.filter((c) => c.provenance !== "curated"),
      ]
    : inScope;
  return ordered.map((c) => c.slug);
}

/** "Messaging, curated and machine-read" — what the pool holds, for headings and captions. */
export function describeScope(scope: GridScope): string {
  const kinds = scope.provenance === "all" ? "curated and machine-read" : "curated only";
  return scope.sector ? `${sectorName(scope.sector)}, ${kinds}` : kinds;
}
