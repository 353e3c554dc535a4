import { PROVENANCES, type Provenance } from "../provenance";
import { SECTOR_SLUGS, type SectorSlug } from "../sectors";
import { parseSlugList } from "./slug-list";

/** `provenance=curated,machine` on any API route: the values, or a message for a 400. */
export function parseProvenanceList(
  raw: string | string[] | undefined,
): { ok: true; values: Provenance[] | undefined } | { ok: false; error: string } {
  const parsed = parseSlugList(raw);
  if (!parsed) return { ok: true, values: undefined };
  const bad = [
    ...parsed.slugs.filter((s) => !(PROVENANCES as readonly string[]).includes(s)),
    ...parsed.malformed,
  ];
  if (bad.length)
    return {
      ok: false,
      error: `Unknown provenances: ${bad.join(", ")}. Known provenances: ${PROVENANCES.join(", ")}.`,
    };
  if (parsed.slugs.length === 0)
    return {
      ok: false,
      error: `provenance is empty: give one or more of ${PROVENANCES.join(", ")}.`,
    };
  return { ok: true, values: parsed.slugs as Provenance[] };
}

export type CompaniesApiFilter = { sectors?: SectorSlug[]; provenance?: Provenance[] };

const ALLOWED = ["sector", "provenance"];

/**
 * `GET /api/companies?sector=messaging,social&provenance=machine`: lists as elsewhere in the API
 * (commas or repeated keys). Unknown parameters or values are an error message for a 400.
 */
export function parseCompaniesApiQuery(
  query: Record<string, string | string[]>,
): { ok: true; filter: CompaniesApiFilter } | { ok: false; error: string } {
  const unknownParams = Object.keys(query).filter((k) => !ALLOWED.includes(k));
  if (unknownParams.length)
    return {
      ok: false,
      error: `Unknown parameter(s): ${unknownParams.map((k) => k.slice(0, 40)).join(", ")}. Use sector and provenance.`,
    };
  const filter: CompaniesApiFilter = {};
  const list = <T extends string>(key: string, known: readonly T[], label: string) => {
    const parsed = parseSlugList(query[key]);
    if (!parsed) return { ok: true as const, values: undefined };
    const bad = [...parsed.slugs.filter((s) => !known.includes(s as T)), ...parsed.malformed];
    if (bad.length)
      return {
        ok: false as const,
        error: `Unknown ${label}: ${bad.join(", ")}. Known ${label}: ${known.join(", ")}.`,
      };
    if (parsed.slugs.length === 0)
      return {
        ok: false as const,
        error: `${key} is empty: give one or more of ${known.join(", ")}.`,
      };
    return { ok: true as const, values: parsed.slugs as T[] };
  };
  const sectors = list("sector", SECTOR_SLUGS, "sectors");
  if (!sectors.ok) return sectors;
  const provenance = list("provenance", PROVENANCES, "provenances");
  if (!provenance.ok) return provenance;
  if (sectors.values) filter.sectors = sectors.values;
  if (provenance.values) filter.provenance = provenance.values;
  return { ok: true, filter };
}

/**
 * The `sector` and `provenance` of /api/matrix and /api/export: the same lists and messages as
 * /api/companies, read from a query whose other parameters the route checks itself.
 */
export function parseCompanyScope(query: {
  sector?: string | string[];
  provenance?: string | string[];
}): { ok: true; filter: CompaniesApiFilter } | { ok: false; error: string } {
  const only: Record<string, string | string[]> = {};
  if (query.sector !== undefined) only.sector = query.sector;
  if (query.provenance !== undefined) only.provenance = query.provenance;
  return parseCompaniesApiQuery(only);
}

/** Whether a company is in the sectors and provenances a filter asks for (all when unset). */
export function inCompanyScope(
  company: { sector: string; provenance: Provenance },
  filter: CompaniesApiFilter,
): boolean {
  return (
    (!filter.sectors || (filter.sectors as readonly string[]).includes(company.sector)) &&
    (!filter.provenance || filter.provenance.includes(company.provenance))
  );
}
