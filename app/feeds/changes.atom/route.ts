import { changesQuery } from "@/lib/history/changes-href";
import { changesFeedResponse, FEED_SIZE } from "@/lib/history/changes-feed";
import { parseChangesQuery } from "@/lib/params/history-params";
import { listChanges } from "@/lib/queries/history";
import { listPractices } from "@/lib/queries/practices";
import { SECTOR_SLUGS } from "@/lib/sectors";

export const dynamic = "force-dynamic";

/** The latest changes across the atlas, with /changes's filters (practice, sector, dates). */
export async function GET(req: Request) {
  const practices = await listPractices();
  const query = parseChangesQuery(new URL(req.url).searchParams, {
    practices: practices.map((p) => p.slug),
    sectors: SECTOR_SLUGS,
  });
  const qs = changesQuery({ ...query, page: 1 });
  // Dates given as from/to: the feed reader is sent to the address that names them since/until.
  // A relative Location: behind the front server the request's own host is Next's private port.
  if (query.renamed.length)
    return new Response(null, { status: 308, headers: { Location: `/feeds/changes.atom${qs}` } });
  const { entries } = await listChanges({ ...query, page: 1, perPage: FEED_SIZE });
  return changesFeedResponse({
    req,
    title: "Policy Atlas: privacy policy changes",
    subtitle: "Changes companies made to their privacy policies, clause by clause.",
    selfPath: `/feeds/changes.atom${qs}`,
    alternatePath: `/changes${qs}`,
    entries,
    practiceNames: new Map(practices.map((p) => [p.slug, p.name])),
  });
}
