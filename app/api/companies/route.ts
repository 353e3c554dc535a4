import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { parseCompaniesApiQuery } from "@/lib/params/companies-api-params";
import { listCompanies } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseCompaniesApiQuery(queryOf(request.url));
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { sectors, provenance } = parsed.filter;
  const companies = (await listCompanies()).filter(
    (c) =>
      (!sectors || sectors.includes(c.sector)) &&
      (!provenance || provenance.includes(c.provenance)),
  );
  return jsonOk({ companies });
}
