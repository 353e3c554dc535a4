import { jsonError, queryOf } from "@/lib/api-response";
import { gridToCsv } from "@/lib/export/grid-csv";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { EXPORT_PARAMS, parseExportFormat } from "@/lib/params/export-params";
import { resolveGridFilter, unexpectedParams } from "@/lib/params/grid-filter";
import { listCompanies } from "@/lib/queries/companies";
import { getMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

/** GET /api/export?format=csv|json&practices=…&companies=… — the grid as a download. */
export async function GET(req: Request) {
  const query = queryOf(req.url);
  const unexpected = unexpectedParams(query, EXPORT_PARAMS);
  if (unexpected) return jsonError(400, unexpected);
  const format = parseExportFormat(query.format);
  if (!format.ok) return jsonError(400, format.error);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, {
    practices: practices.map((p) => p.slug),
    companies: companies.map((c) => c.slug),
  });
  if (!resolved.ok) return jsonError(400, resolved.error);
  const matrix = await getMatrix({ practices, companies }, resolved.filter);
  const filtered = resolved.filter.practices || resolved.filter.companies ? "-filtered" : "";
  const filename = `policy-atlas-grid${filtered}-${new Date().toISOString().slice(0, 10)}.${format.format}`;
  const body =
    format.format === "csv"
      ? gridToCsv(matrix)
      : `${JSON.stringify({ ...matrix, attribution: ATTRIBUTION_JSON }, null, 2)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type":
        format.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
