import { companySlugParam, jsonOk, unknownCompany } from "@/lib/api-response";
import { getTimeline } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Every recorded version of the company's policy, newest first (docs/history.md). */
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param.response;
  const timeline = await getTimeline(param.slug);
  if (!timeline) return unknownCompany(param.slug);
  return jsonOk({
    versions: timeline.versions.map((v) => ({
      id: v.id,
      recordedAt: v.recordedAt,
      kind: v.kind,
      clauseCount: v.clauseCount,
      changedClauses: v.changedClauses,
      changedPractices: v.changedPractices,
      returnsTo: v.returnsTo,
      backAndForth: v.backAndForth,
      otherLanguage: v.otherLanguage,
      comparedTo: v.comparedTo && { id: v.comparedTo.id, recordedAt: v.comparedTo.recordedAt },
    })),
  });
}
