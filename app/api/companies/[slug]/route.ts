import { jsonError, jsonOk } from "@/lib/api-response";
import { slugParamSchema } from "@/lib/params/slug-list";
import { getCompany } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const parsed = slugParamSchema.safeParse(slug);
  if (!parsed.success)
    return jsonError(400, "The company slug must be lowercase letters, digits and hyphens.");
  const company = await getCompany(parsed.data);
  if (!company)
    return jsonError(
      404,
      `No company with the slug "${parsed.data}". See /api/companies for the list.`,
    );
  return jsonOk({ company });
}
