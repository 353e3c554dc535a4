import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { pageHref } from "@/lib/api/page-href";
import { readQuery, searchQuery } from "@/lib/api/query-schemas";
import { resolveGridFilter } from "@/lib/params/grid-filter";
import { parseSearchApiParams } from "@/lib/params/search-api-params";
import { parseProvenanceList } from "@/lib/params/companies-api-params";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { searchClauses } from "@/lib/queries/search-clauses";
import { toGuillemets } from "@/lib/search/highlight";

export const dynamic = "force-dynamic";

/**
 * GET /api/search?q=…&companies=…&practices=…&limit=…&perCompany=…&page=… — matches are «guillemeted»
 * in snippets. perCompany spreads the results across companies as /search does.
 */
export async function GET(req: Request) {
  const query = queryOf(req.url);
  const read = readQuery(searchQuery, query);
  if (!read.ok) return jsonError(400, read.error);
  const parsed = parseSearchApiParams(query);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, {
    practices: practices.map((p) => p.slug),
    companies: companies.map((c) => c.slug),
    curatedCompanies: companies.filter((c) => c.provenance === "curated").map((c) => c.slug),
  });
  if (!resolved.ok) return jsonError(400, resolved.error);
  const provenance = parseProvenanceList(query.provenance);
  if (!provenance.ok) return jsonError(400, provenance.error);
  const { limit, perCompany } = parsed.params;
  const page = read.params.page ?? 1;
  const outcome = await searchClauses({
    q: parsed.params.q,
    limit,
    offset: (page - 1) * limit,
    perCompany,
    ...resolved.filter,
    provenance: provenance.values,
  });
  // Spread across companies, a page holds whole companies and can run past the limit: cutting
  // it would lose the last company's other clauses, which the next page starts after.
  const pageCount = Math.max(1, Math.ceil(outcome.listed / limit));
  if (page > pageCount) return jsonError(400, `page ${page} is past the last page (${pageCount}).`);
  const url = new URL(req.url);
  const companyTotal = (
    resolved.filter.companies
      ? outcome.byCompany.filter((c) => resolved.filter.companies!.includes(c.company))
      : outcome.byCompany
  ).length;
  return jsonOk({
    query: outcome.query,
    total: outcome.total,
    companyTotal,
    results: outcome.results.map((r) => ({
      company: r.company,
      provenance: r.provenance,
      anchor: r.anchor,
      headingPath: r.headingPath,
      practices: r.practices,
      snippet: toGuillemets(r.snippet),
      rank: r.rank,
    })),
    paging: {
      page,
      perPage: limit,
      pageCount,
      next: page < pageCount ? pageHref(url, page + 1) : null,
      prev: page > 1 ? pageHref(url, page - 1) : null,
    },
    // Snippets of machine-read policies quote Open Terms Archive's text (ODC-BY 1.0).
    attribution: ATTRIBUTION_JSON,
  });
}
