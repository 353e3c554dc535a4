import {
  inCompanyScope,
  parseCompanyScope,
  type CompaniesApiFilter,
} from "../params/companies-api-params";
import { resolveGridFilter, type GridFilter } from "../params/grid-filter";
import { parseGridSort } from "../params/grid-sort";
import { listCompanies, type CompanySummary } from "../queries/companies";
import { orderCompanies } from "../queries/company-order";
import { listPractices, type Practice } from "../queries/practices";

export type MatrixRequest = {
  practices: Practice[];
  /** Every company in the asked-for sector and provenance, in the asked-for order. */
  companies: CompanySummary[];
  filter: GridFilter;
  scope: CompaniesApiFilter;
};

/**
 * What /api/matrix and /api/export both read from their query: the practices, companies and
 * ratings asked for, the sector and provenance scope, and the order. A sector or provenance
 * narrows the companies, named or not, before they are ordered and paged.
 */
export async function readMatrixRequest(query: {
  sector?: string | string[];
  provenance?: string | string[];
  sort?: string | string[];
  [key: string]: unknown;
}): Promise<{ ok: true; request: MatrixRequest } | { ok: false; error: string }> {
  const [practices, byName] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, {
    practices: practices.map((p) => p.slug),
    companies: byName.map((c) => c.slug),
    curatedCompanies: byName.filter((c) => c.provenance === "curated").map((c) => c.slug),
  });
  if (!resolved.ok) return resolved;
  const scope = parseCompanyScope(query);
  if (!scope.ok) return scope;
  const sort = parseGridSort(
    query.sort,
    practices.map((p) => p.slug),
  );
  if (!sort.ok) return sort;
  const companies = await orderCompanies(
    byName.filter((c) => inCompanyScope(c, scope.filter)),
    sort.sort,
  );
  return {
    ok: true,
    request: { practices, companies, filter: resolved.filter, scope: scope.filter },
  };
}
