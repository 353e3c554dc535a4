import { changesFeedResponse, FEED_SIZE } from "@/lib/history/changes-feed";
import { feedError } from "@/lib/history/feed-error";
import { listChanges } from "@/lib/queries/history";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

/** `/feeds/practices/{slug}.atom`: the latest changes touching one practice, across the atlas. */
export async function GET(req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  const practices = await listPractices();
  const practice = practices.find((p) => `${p.slug}.atom` === file);
  if (!practice)
    return feedError(
      404,
      `No practice feed "${file.slice(0, 60)}". Practice feeds are at /feeds/practices/{slug}.atom, for: ${practices.map((p) => p.slug).join(", ")}.`,
    );
  const { entries } = await listChanges({
    practices: [practice.slug],
    page: 1,
    perPage: FEED_SIZE,
  });
  return changesFeedResponse({
    req,
    title: `Policy Atlas: changes about ${practice.name.toLowerCase()}`,
    subtitle: `Privacy policy changes whose clauses speak to ${practice.name.toLowerCase()} (machine tags).`,
    selfPath: `/feeds/practices/${practice.slug}.atom`,
    alternatePath: `/changes?practice=${practice.slug}`,
    entries,
    practiceNames: new Map(practices.map((p) => [p.slug, p.name])),
    followed: [practice.slug],
  });
}
