import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { inCompanyScope, parseCompaniesApiQuery } from "@/lib/params/companies-api-params";
import { listCompanies } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseCompaniesApiQuery(queryOf(request.url));
  if (!parsed.ok) return jsonError(400, parsed.error);
  const companies = (await listCompanies()).filter((c) => inCompanyScope(c, parsed.filter));
  return jsonOk({ companies });
}
