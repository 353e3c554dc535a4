import { changesFeedResponse, FEED_SIZE } from "@/lib/history/changes-feed";
import { companyFeed, companyFeedTitle } from "@/lib/history/company-feed";
import { feedError } from "@/lib/history/feed-error";
import { slugParamSchema } from "@/lib/params/slug-list";
import { getTimeline, listChanges } from "@/lib/queries/history";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

/** `/feeds/companies/{slug}.atom`: the latest changes to one company's policy. */
export async function GET(req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  const slug = slugParamSchema.safeParse(file.replace(/\.atom$/, ""));
  if (!file.endsWith(".atom") || !slug.success)
    return feedError(404, "Company feeds are at /feeds/companies/{slug}.atom.");
  const [timeline, practices] = await Promise.all([getTimeline(slug.data), listPractices()]);
  if (!timeline) return feedError(404, `No company with the slug "${slug.data}".`);
  // As its page says (no feed link): a Wayback copy is one archived version, never recorded again.
  if (companyFeed(timeline.company) === null)
    return feedError(
      404,
      `${timeline.company.name}'s policy is an archived copy: the atlas holds one version, never recorded again, so it has no feed of changes.`,
    );
  const { entries } = await listChanges({ companies: [slug.data], page: 1, perPage: FEED_SIZE });
  return changesFeedResponse({
    req,
    title: companyFeedTitle(timeline.company.name),
    subtitle: `Changes to ${timeline.company.name}'s privacy policy, clause by clause.`,
    selfPath: `/feeds/companies/${slug.data}.atom`,
    alternatePath: `/companies/${slug.data}/changes`,
    entries,
    practiceNames: new Map(practices.map((p) => [p.slug, p.name])),
  });
}
