import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { pageHref } from "@/lib/api/page-href";
import { toApiFinding } from "@/lib/api/api-finding";
import { readMatrixRequest } from "@/lib/api/matrix-request";
import { matrixQuery, readQuery } from "@/lib/api/query-schemas";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { getCells, keepRatings, selectMatrix } from "@/lib/queries/matrix";
import { withReadVersions } from "@/lib/api/read-version";
import { getReadVersions } from "@/lib/queries/read-versions";

export const dynamic = "force-dynamic";

/**
 * Without a `companies` list the matrix comes a page of companies at a time, so it stays small at
 * any scale: 20 companies are 280 findings with their evidence (each evidence with its whole
 * clause), about 0.9 MB of JSON, 90 kB compressed; 50 were 2.3 MB and held a response past 100 ms.
 */
export const MATRIX_DEFAULT_PER_PAGE = 20;

export async function GET(req: Request) {
  const read = readQuery(matrixQuery, queryOf(req.url));
  if (!read.ok) return jsonError(400, read.error);
  const query = read.params;
  const asked = await readMatrixRequest(query);
  if (!asked.ok) return jsonError(400, asked.error);
  const { practices, companies, filter } = asked.request;
  const { practices: shownPractices, companies: chosen } = selectMatrix(
    { practices, companies },
    filter,
  );
  const page = query.page ?? 1;
  const perPage = query.perPage ?? MATRIX_DEFAULT_PER_PAGE;
  const pageCount = Math.max(1, Math.ceil(chosen.length / perPage));
  if (page > pageCount) return jsonError(400, `page ${page} is past the last page (${pageCount}).`);
  const shownCompanies = filter.companies
    ? chosen
    : chosen.slice((page - 1) * perPage, page * perPage);
  const [found, readVersions] = await Promise.all([
    getCells(shownPractices, shownCompanies),
    getReadVersions(shownCompanies.map((c) => c.slug)),
  ]);
  const cells = keepRatings(found, filter.ratings).map(toApiFinding);
  const url = new URL(req.url);
  const paged = filter.companies
    ? {}
    : {
        paging: {
          page,
          perPage,
          pageCount,
          totalCompanies: chosen.length,
          next: page < pageCount ? pageHref(url, page + 1) : null,
          prev: page > 1 ? pageHref(url, page - 1) : null,
        },
      };
  return jsonOk({
    practices: shownPractices,
    companies: withReadVersions(shownCompanies, readVersions),
    cells,
    ...paged,
    attribution: ATTRIBUTION_JSON,
  });
}
