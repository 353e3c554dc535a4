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
  const { entries } = await listChanges({ ...query, page: 1, perPage: FEED_SIZE });
  const qs = changesQuery({ ...query, page: 1 });
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
