import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { resolveGridFilter, unexpectedParams } from "@/lib/params/grid-filter";
import { MATRIX_PARAMS, matrixPagingSchema } from "@/lib/params/matrix-params";
import { listCompanies } from "@/lib/queries/companies";
import { getCells, selectMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const query = queryOf(req.url);
  const unexpected = unexpectedParams(query, MATRIX_PARAMS);
  if (unexpected) return jsonError(400, unexpected);
  if (Array.isArray(query.page) || Array.isArray(query.perPage))
    return jsonError(400, "Give page and perPage at most once.");
  const paging = matrixPagingSchema.safeParse({ page: query.page, perPage: query.perPage });
  if (!paging.success)
    return jsonError(400, "page must be a whole number from 1, and perPage from 1 to 200.");
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, {
    practices: practices.map((p) => p.slug),
    companies: companies.map((c) => c.slug),
  });
  if (!resolved.ok) return jsonError(400, resolved.error);

  const { filter } = resolved;
  const { practices: shownPractices, companies: chosen } = selectMatrix(
    { practices, companies },
    filter,
  );
  const { page, perPage } = paging.data;
  const pageCount = Math.max(1, Math.ceil(chosen.length / perPage));
  if (page > pageCount) return jsonError(400, `page ${page} is past the last page (${pageCount}).`);
  const shownCompanies = filter.companies
    ? chosen
    : chosen.slice((page - 1) * perPage, page * perPage);
  const cells = await getCells(shownPractices, shownCompanies);
  const paged = filter.companies
    ? {}
    : { paging: { page, perPage, pageCount, totalCompanies: chosen.length } };
  return jsonOk({
    practices: shownPractices,
    companies: shownCompanies,
    cells,
    ...paged,
    attribution: ATTRIBUTION_JSON,
  });
}
