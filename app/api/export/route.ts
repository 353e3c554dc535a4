import { jsonError, queryOf } from "@/lib/api-response";
import { toApiFinding } from "@/lib/api/api-finding";
import { exportQuery, readQuery } from "@/lib/api/query-schemas";
import { exportFilename } from "@/lib/export/export-filename";
import { gridToCsv } from "@/lib/export/grid-csv";
import { readMatrixRequest } from "@/lib/api/matrix-request";
import { publicBaseUrl } from "@/lib/public-url";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { getMatrix } from "@/lib/queries/matrix";
import { getReadVersions } from "@/lib/queries/read-versions";
import { withReadVersions } from "@/lib/api/read-version";

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
  const asked = await readMatrixRequest(query);
  if (!asked.ok) return jsonError(400, asked.error);
  const { practices, companies, filter, scope } = asked.request;
  const matrix = await getMatrix({ practices, companies }, filter);
  const readVersions = await getReadVersions(matrix.companies.map((c) => c.slug));
  const filename = exportFilename({
    practices: matrix.practices,
    totalPractices: practices.length,
    corePractices: practices.filter((p) => p.core).map((p) => p.slug),
    companies: matrix.companies,
    totalCompanies: companies.length,
    scope: [...(scope.sectors ?? []), ...(scope.provenance ?? [])],
    ratings: filter.ratings ?? [],
    format,
    day: new Date(),
  });
  // The JSON is /api/matrix's document: its cells' ratings and certainty as the API gives them.
  const json = {
    ...matrix,
    companies: withReadVersions(matrix.companies, readVersions),
    cells: matrix.cells.map(toApiFinding),
    attribution: ATTRIBUTION_JSON,
  };
  const body =
    format === "csv"
      ? gridToCsv(matrix, publicBaseUrl(req), readVersions)
      : `${JSON.stringify(json, null, 2)}\n`;
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
