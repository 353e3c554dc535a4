import { companySlugParam, jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { diffJson } from "@/lib/api/history-json";
import { diffQuery, unknownParams } from "@/lib/api/query-schemas";
import { parseDiffParams } from "@/lib/params/history-params";
import { getVersionDiff } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Clause-level comparison of two versions of one company's policy (docs/history.md). */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param.response;
  const unknown = unknownParams(diffQuery, queryOf(req.url));
  if (unknown) return jsonError(400, unknown);
  const params = parseDiffParams(new URL(req.url).searchParams);
  if (!params.ok) return jsonError(400, params.error);
  const result = await getVersionDiff(param.slug, params.from, params.to);
  if (!result.ok) return jsonError(result.status, result.error);
  return jsonOk(diffJson(result.diff));
}
