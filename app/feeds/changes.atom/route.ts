import { changesQuery } from "@/lib/history/changes-href";
import { changesFeedResponse, FEED_SIZE } from "@/lib/history/changes-feed";
import { changesFeedTitle } from "@/lib/history/changes-feed-title";
import { feedError } from "@/lib/history/feed-error";
import { parseChangesQuery } from "@/lib/params/history-params";
import { listChanges } from "@/lib/queries/history";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { SECTORS, SECTOR_SLUGS } from "@/lib/sectors";

export const dynamic = "force-dynamic";

/** The latest changes across the atlas, with /changes's filters (companies, practice, sector, dates). */
export async function GET(req: Request) {
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const query = parseChangesQuery(new URL(req.url).searchParams, {
    practices: practices.map((p) => p.slug),
    sectors: SECTOR_SLUGS,
    companies,
  });
  /*
   * A feed has no page to name what it ignored (/changes does): a reader subscribed to a typo
   * would silently follow every change. Refused, as the API refuses a bad value.
   */
  if (query.ignored.length)
    return feedError(
      400,
      `Not a filter of this feed: ${query.ignored.join(", ")}. It takes company (up to 20 slugs, as on /companies), practice (${practices.map((p) => p.slug).join(", ")}), sector (${SECTOR_SLUGS.join(", ")}), and since and until as days like 2024-05-03.`,
    );
  const qs = changesQuery({ ...query, page: 1 });
  // Dates given as from/to: the feed reader is sent to the address that names them since/until.
  // A relative Location: behind the front server the request's own host is Next's private port.
  if (query.renamed.length)
    return new Response(null, { status: 308, headers: { Location: `/feeds/changes.atom${qs}` } });
  const { entries } = await listChanges({ ...query, page: 1, perPage: FEED_SIZE });
  const practiceNames = new Map(practices.map((p) => [p.slug, p.name]));
  return changesFeedResponse({
    req,
    title: changesFeedTitle(query, {
      practices: practiceNames,
      sectors: new Map(SECTORS.map((s) => [s.slug, s.name])),
      companies: new Map(companies.map((c) => [c.slug, c.name])),
    }),
    subtitle: "Changes companies made to their privacy policies, clause by clause.",
    selfPath: `/feeds/changes.atom${qs}`,
    alternatePath: `/changes${qs}`,
    entries,
    practiceNames,
    followed: query.practices,
  });
}
