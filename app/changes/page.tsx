import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ChangeList } from "@/components/history/change-list";
import { ChangesFilters } from "@/components/history/changes-filters";
import { ChangesDownloads } from "@/components/history/changes-downloads";
import { ChangesIntro } from "@/components/history/changes-intro";
import { formatVersionDate } from "@/components/history/version-date";
import { changesFeedTitle } from "@/lib/history/changes-feed-title";
import { HistoryLoading } from "@/components/history/history-loading";
import { Notices } from "@/components/notices";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { Pagination } from "@/components/pagination";
import { changesQuery } from "@/lib/history/changes-href";
import { orList } from "@/lib/or-list";
import { parseChangesQuery } from "@/lib/params/history-params";
import { pastLastPageNotice } from "@/lib/params/past-last-page";
import { getHistoryStatus, listChanges } from "@/lib/queries/history";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { SECTORS, SECTOR_SLUGS } from "@/lib/sectors";

export const dynamic = "force-dynamic";

const PER_PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(raw: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, value);
  return params;
}

async function load(props: Props) {
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const query = parseChangesQuery(toParams(await props.searchParams), {
    practices: practices.map((p) => p.slug),
    sectors: SECTOR_SLUGS,
    companies,
  });
  return { practices, companies, query };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { practices, companies, query } = await load(props);
  const feed = `/feeds/changes.atom${changesQuery({ ...query, page: 1 })}`;
  return {
    title: "Policy changes across the atlas",
    description:
      "What changed in the privacy policies of the atlas's companies, newest first, clause by clause.",
    // The feed's own title, which names its filters, so a reader subscribes to what it says.
    alternates: {
      types: {
        "application/atom+xml": [
          {
            url: feed,
            title: changesFeedTitle(query, {
              practices: new Map(practices.map((p) => [p.slug, p.name])),
              sectors: new Map(SECTORS.map((x) => [x.slug, x.name])),
              companies: new Map(companies.map((c) => [c.slug, c.name])),
            }),
          },
        ],
      },
    },
  };
}

const readableDay = (day: string) => formatVersionDate(`${day}T00:00:00Z`);

export default async function ChangesPage(props: Props) {
  const [{ practices, companies, query }, status] = await Promise.all([
    load(props),
    getHistoryStatus(),
  ]);
  // An old link's from/to dates: the same view, at the URL that names them since and until.
  // With something else to report the page stays, so the notices can say what was read how.
  if (query.renamed.length && !query.ignored.length)
    permanentRedirect(`/changes${changesQuery(query)}`);
  const changesOn = (page: number) =>
    listChanges({
      companies: query.companies,
      practices: query.practices,
      sectors: query.sectors,
      since: query.since,
      until: query.until,
      page,
      perPage: PER_PAGE,
    });
  let { entries, total } = await changesOn(query.page);
  const pageCount = Math.max(1, Math.ceil(total / PER_PAGE));
  // A page past the last (an old link, a list that shrank after a load) shows the last, as
  // /companies does, rather than an empty list with no way back.
  const pastTheLast = query.page > pageCount;
  if (pastTheLast && total) ({ entries, total } = await changesOn(pageCount));
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  const companyNames = new Map(companies.map((c) => [c.slug, c.name]));
  const followed = query.companies.map((c) => companyNames.get(c) ?? c);
  const notices = [
    ...(query.renamed.length ? [`Read ${query.renamed.join(" and ")}.`] : []),
    ...(query.ignored.length ? [`Ignored: ${query.ignored.join(", ")}.`] : []),
    ...(pastTheLast && total ? [pastLastPageNotice(pageCount, "changes")] : []),
  ];
  const feed = `/feeds/changes.atom${changesQuery({ ...query, page: 1 })}`;

  return (
    <article className="space-y-6">
      <FocusOnArrival key={JSON.stringify(query)} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Policy changes</h1>
        <ChangesIntro />
        <p className="no-print text-sm">
          <a href={feed} className="text-sky-800 underline dark:text-sky-300">
            Atom feed of these changes
          </a>
        </p>
      </header>

      <ChangesFilters
        practices={practices}
        followed={followed}
        practice={query.practices[0]}
        sector={query.sectors[0]}
        since={query.since}
        until={query.until}
      />

      <Notices messages={notices} />
      <HistoryLoading status={status} />

      <p
        id="paged-summary"
        tabIndex={-1}
        role="status"
        className="text-sm text-slate-600 dark:text-slate-400"
      >
        {total.toLocaleString("en")} change{total === 1 ? "" : "s"}
        {followed.length ? ` by ${orList(followed)}` : ""}
        {query.practices.length
          ? ` touching ${query.practices.map((p) => names.get(p) ?? p).join(" or ")}`
          : ""}
        {query.sectors.length
          ? ` in ${SECTORS.filter((s) => query.sectors.includes(s.slug))
              .map((s) => s.name)
              .join(" or ")}`
          : ""}
        {/* In prose the dates read as the list's do (Dec 3, 2024), not as the URL's. */}
        {query.since ? ` since ${readableDay(query.since)}` : ""}
        {query.until ? ` until ${readableDay(query.until)}` : ""}.
      </p>
      {entries.length ? (
        <ChangeList entries={entries} practiceNames={names} followed={query.practices} />
      ) : (
        <p>
          No change matches these filters. Widen the date range or choose another company, practice
          or sector.
        </p>
      )}
      {pageCount > 1 ? (
        <Pagination
          page={Math.min(query.page, pageCount)}
          pageCount={pageCount}
          label="Changes"
          focusOnArrival={["#paged-summary"]}
          hrefFor={(n) => `/changes${changesQuery({ ...query, page: n })}`}
        />
      ) : null}
      <ChangesDownloads filter={query} total={total} />
    </article>
  );
}
