import { companyRequest, jsonOk, unknownCompany } from "@/lib/api-response";
import { noQuery } from "@/lib/api/query-schemas";
import { toApiFinding } from "@/lib/api/api-finding";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { getCompany } from "@/lib/queries/companies";
import { regionalSource } from "@/lib/regional-source";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companyRequest(req, ctx, noQuery);
  if (!param.ok) return param.response;
  const company = await getCompany(param.slug);
  if (!company) return unknownCompany(param.slug);
  // A machine-read company's clauses are Open Terms Archive's text: its licence asks for credit.
  return jsonOk({
    company: {
      ...company,
      regionalSource: regionalSource(company.policy.sourceUrl),
      findings: company.findings.map(toApiFinding),
    },
    attribution: ATTRIBUTION_JSON,
  });
}
