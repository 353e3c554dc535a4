import { jsonError, queryOf } from "@/lib/api-response";
import { toApiFinding } from "@/lib/api/api-finding";
import { exportQuery, readQuery } from "@/lib/api/query-schemas";
import { exportFilename } from "@/lib/export/export-filename";
import { gridToCsv } from "@/lib/export/grid-csv";
import { inCompanyScope, parseCompanyScope } from "@/lib/params/companies-api-params";
import { resolveGridFilter } from "@/lib/params/grid-filter";
import { parseGridSort } from "@/lib/params/grid-sort";
import { publicBaseUrl } from "@/lib/public-url";
import { orderCompanies } from "@/lib/queries/company-order";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { listCompanies } from "@/lib/queries/companies";
import { getMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

/**
 * GET /api/export?format=csv|json&practices=…&companies=…&sector=…&provenance=…&rating=…&sort=… — the grid as a
 * download, with every filter of the view it was asked from, named by what it holds.
 */
export async function GET(req: Request) {
  const read = readQuery(exportQuery, queryOf(req.url));
  if (!read.ok) return jsonError(400, read.error);
  const query = read.params;
  const { format } = query;
  const [practices, byName] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, {
    practices: practices.map((p) => p.slug),
    companies: byName.map((c) => c.slug),
    curatedCompanies: byName.filter((c) => c.provenance === "curated").map((c) => c.slug),
  });
  if (!resolved.ok) return jsonError(400, resolved.error);
  const scope = parseCompanyScope(query);
  if (!scope.ok) return jsonError(400, scope.error);
  const sort = parseGridSort(
    query.sort,
    practices.map((p) => p.slug),
  );
  if (!sort.ok) return jsonError(400, sort.error);
  // A sector or provenance narrows the companies, named or not, before they are ordered and paged.
  const companies = await orderCompanies(
    byName.filter((c) => inCompanyScope(c, scope.filter)),
    sort.sort,
  );
  const matrix = await getMatrix({ practices, companies }, resolved.filter);
  const filename = exportFilename({
    practices: matrix.practices,
    totalPractices: practices.length,
    corePractices: practices.filter((p) => p.core).map((p) => p.slug),
    companies: matrix.companies,
    totalCompanies: companies.length,
    scope: [...(scope.filter.sectors ?? []), ...(scope.filter.provenance ?? [])],
    ratings: resolved.filter.ratings ?? [],
    format,
    day: new Date(),
  });
  // The JSON is /api/matrix's document: its cells' ratings and certainty as the API gives them.
  const json = { ...matrix, cells: matrix.cells.map(toApiFinding), attribution: ATTRIBUTION_JSON };
  const body =
    format === "csv" ? gridToCsv(matrix, publicBaseUrl(req)) : `${JSON.stringify(json, null, 2)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type":
        format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
