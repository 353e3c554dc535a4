import { companyRequest, jsonOk, unknownCompany } from "@/lib/api-response";
import { versionsJson } from "@/lib/api/history-json";
import { noQuery } from "@/lib/api/query-schemas";
import { getTimeline } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Every recorded version of the company's policy, newest first (docs/history.md). */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companyRequest(req, ctx, noQuery);
  if (!param.ok) return param.response;
  const timeline = await getTimeline(param.slug);
  if (!timeline) return unknownCompany(param.slug);
  return jsonOk(versionsJson(timeline));
}
