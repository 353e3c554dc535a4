import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { toApiFinding } from "@/lib/api/api-finding";
import { matrixQuery, readQuery } from "@/lib/api/query-schemas";
import { inCompanyScope, parseCompanyScope } from "@/lib/params/companies-api-params";
import { resolveGridFilter } from "@/lib/params/grid-filter";
import { parseGridSort } from "@/lib/params/grid-sort";
import { orderCompanies } from "@/lib/queries/company-order";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { listCompanies } from "@/lib/queries/companies";
import { getCells, keepRatings, selectMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

/**
 * Without a `companies` list the matrix comes a page of companies at a time, so it stays small at
 * any scale: 20 companies are 280 findings with their evidence (each evidence with its whole
 * clause), about 0.9 MB of JSON, 90 kB compressed; 50 were 2.3 MB and held a response past 100 ms.
 */
export const MATRIX_DEFAULT_PER_PAGE = 20;

/** The same request for another page: the path and query as asked, with `page` replaced. */
function pageHref(url: URL, page: number): string {
  const params = new URLSearchParams(url.search);
  params.set("page", String(page));
  return `${url.pathname}?${params.toString().replaceAll("%2C", ",")}`;
}

export async function GET(req: Request) {
  const read = readQuery(matrixQuery, queryOf(req.url));
  if (!read.ok) return jsonError(400, read.error);
  const query = read.params;
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

  const { filter } = resolved;
  // A sector or provenance narrows the companies, named or not, before they are ordered and paged.
  const companies = await orderCompanies(
    byName.filter((c) => inCompanyScope(c, scope.filter)),
    sort.sort,
  );
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
  const cells = keepRatings(await getCells(shownPractices, shownCompanies), filter.ratings).map(
    toApiFinding,
  );
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
    companies: shownCompanies,
    cells,
    ...paged,
    attribution: ATTRIBUTION_JSON,
  });
}
