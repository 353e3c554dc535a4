import { companyRequest, jsonError, jsonOk } from "@/lib/api-response";
import { diffJson } from "@/lib/api/history-json";
import { diffQuery } from "@/lib/api/query-schemas";
import { parseDiffParams } from "@/lib/params/history-params";
import { getVersionDiff } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Clause-level comparison of two versions of one company's policy (docs/history.md). */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companyRequest(req, ctx, diffQuery);
  if (!param.ok) return param.response;
  const params = parseDiffParams(new URL(req.url).searchParams);
  if (!params.ok) return jsonError(400, params.error);
  const result = await getVersionDiff(param.slug, params.from, params.to);
  if (!result.ok) return jsonError(result.status, result.error);
  return jsonOk(diffJson(result.diff));
}
