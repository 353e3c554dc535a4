import { companySlugParam, jsonOk, unknownCompany } from "@/lib/api-response";
import { toApiFinding } from "@/lib/api/api-finding";
import { getCompany } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param.response;
  const company = await getCompany(param.slug);
  if (!company) return unknownCompany(param.slug);
  return jsonOk({ company: { ...company, findings: company.findings.map(toApiFinding) } });
}
