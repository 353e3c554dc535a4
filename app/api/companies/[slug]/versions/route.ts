import { companySlugParam, jsonError, jsonOk, queryOf, unknownCompany } from "@/lib/api-response";
import { versionsJson } from "@/lib/api/history-json";
import { noQuery, unknownParams } from "@/lib/api/query-schemas";
import { getTimeline } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Every recorded version of the company's policy, newest first (docs/history.md). */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param.response;
  const unknown = unknownParams(noQuery, queryOf(req.url));
  if (unknown) return jsonError(400, unknown);
  const timeline = await getTimeline(param.slug);
  if (!timeline) return unknownCompany(param.slug);
  return jsonOk(versionsJson(timeline));
}
