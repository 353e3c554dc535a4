import { companySlugParam, jsonError, jsonOk, queryOf, unknownCompany } from "@/lib/api-response";
import { noQuery, unknownParams } from "@/lib/api/query-schemas";
import { toApiFinding } from "@/lib/api/api-finding";
import { ATTRIBUTION_JSON } from "@/lib/provenance";
import { getCompany } from "@/lib/queries/companies";
import { regionalSource } from "@/lib/regional-source";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param.response;
  const unknown = unknownParams(noQuery, queryOf(req.url));
  if (unknown) return jsonError(400, unknown);
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
