import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { inCompanyScope, parseCompaniesApiQuery } from "@/lib/params/companies-api-params";
import { listCompanies } from "@/lib/queries/companies";
import { listRegionalSources } from "@/lib/queries/regional-sources";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseCompaniesApiQuery(queryOf(request.url));
  if (!parsed.ok) return jsonError(400, parsed.error);
  const [all, regional] = await Promise.all([listCompanies(), listRegionalSources()]);
  const companies = all
    .filter((c) => inCompanyScope(c, parsed.filter))
    .map((c) => ({ ...c, regionalSource: regional.get(c.slug) ?? null }));
  return jsonOk({ companies });
}
