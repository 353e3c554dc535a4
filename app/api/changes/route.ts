import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { pageHref } from "@/lib/api/page-href";
import { changesJson } from "@/lib/api/changes-json";
import { readChangesRequest } from "@/lib/api/changes-request";
import { changesApiQuery, MAX_CHANGES_PER_ANSWER, readQuery } from "@/lib/api/query-schemas";
import { changesToCsv } from "@/lib/export/changes-csv";
import { changesFilename } from "@/lib/export/changes-filename";
import { publicBaseUrl } from "@/lib/public-url";
import { listChanges } from "@/lib/queries/history";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { SECTOR_SLUGS } from "@/lib/sectors";

export const dynamic = "force-dynamic";

/**
 * GET /api/changes?company=…&practice=…&sector=…&since=…&until=…&format=json|csv — the changes
 * /changes lists, with its filters, in bulk: JSON a page at a time, or every one as a CSV
 * attachment. Three queries at most whatever the number of changes: the practices and the
 * companies (to check the filter; both kept per data version) and the list.
 */
export async function GET(req: Request) {
  const read = readQuery(changesApiQuery, queryOf(req.url));
  if (!read.ok) return jsonError(400, read.error);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const asked = readChangesRequest(read.params, {
    practices: practices.map((p) => p.slug),
    sectors: SECTOR_SLUGS,
    companies: companies.map((c) => c.slug),
  });
  if (!asked.ok) return jsonError(400, asked.error);
  const { format, filter } = asked.request;
  const { entries, total } = await listChanges(filter);
  const baseUrl = publicBaseUrl(req);
  if (format === "csv") {
    // A file cut short would pass for the whole; more than the cap is refused with what to do.
    if (total > MAX_CHANGES_PER_ANSWER)
      return jsonError(
        400,
        `${total.toLocaleString("en")} changes match, more than the ${MAX_CHANGES_PER_ANSWER.toLocaleString("en")} a CSV holds: narrow them with since and until, practice or sector, or page through the JSON.`,
      );
    const filename = changesFilename({ ...filter, format, day: new Date() });
    return new Response(changesToCsv(entries, baseUrl), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
  const pageCount = Math.max(1, Math.ceil(total / filter.perPage));
  if (filter.page > pageCount)
    return jsonError(400, `page ${filter.page} is past the last page (${pageCount}).`);
  const url = new URL(req.url);
  return jsonOk(
    changesJson(
      entries,
      {
        page: filter.page,
        perPage: filter.perPage,
        pageCount,
        total,
        next: filter.page < pageCount ? pageHref(url, filter.page + 1) : null,
        prev: filter.page > 1 ? pageHref(url, filter.page - 1) : null,
      },
      baseUrl,
    ),
  );
}
