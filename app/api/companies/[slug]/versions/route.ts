import { jsonError, jsonOk } from "@/lib/api-response";
import { slugParamSchema } from "@/lib/params/slug-list";
import { getTimeline } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

/** Every recorded version of the company's policy, newest first (docs/history.md). */
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const parsed = slugParamSchema.safeParse(slug);
  if (!parsed.success)
    return jsonError(400, "The company slug must be lowercase letters, digits and hyphens.");
  const timeline = await getTimeline(parsed.data);
  if (!timeline)
    return jsonError(
      404,
      `No company with the slug "${parsed.data}". See /api/companies for the list.`,
    );
  return jsonOk({
    versions: timeline.versions.map((v) => ({
      id: v.id,
      recordedAt: v.recordedAt,
      kind: v.kind,
      clauseCount: v.clauseCount,
      changedClauses: v.changedClauses,
      changedPractices: v.changedPractices,
    })),
  });
}
