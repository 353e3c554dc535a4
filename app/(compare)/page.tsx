import type { Metadata } from "next";
import Link from "@/components/app-link";
import { redirect } from "next/navigation";
import { ComparisonGrid } from "@/components/comparison-grid";
import { StaticHtml } from "@/components/static-html";
import { renderStaticMarkup } from "@/lib/render/static-markup";
import { ExportLinks } from "@/components/export-links";
import { FilterDisclosure } from "@/components/filter-disclosure";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { GridFilters } from "@/components/grid-filters";
import { Notices } from "@/components/notices";
import { OpenOnWideScreens } from "@/components/open-on-wide-screens";
import { Pagination } from "@/components/pagination";
import { GridIntro } from "@/components/grid-intro";
import { GridScopeBar } from "@/components/grid-scope-bar";
import { policyYears, recordedYears } from "@/components/policy-dates";
import { ProvenanceLegend } from "@/components/provenance-legend";
import { RatingLegend } from "@/components/rating-legend";
import { gridRows } from "@/components/grid-table-html";
import { describeSort } from "@/lib/company-order";
import { gridStatus } from "@/lib/grid-status";
import { differingPractices } from "@/lib/grid-differences";
import { listScopeRatings } from "@/lib/queries/scope-ratings";
import { gridPool, parseGridScope } from "@/lib/params/grid-scope";
import { COMPANIES_PER_PAGE, SHORT_LAST_PAGE } from "@/lib/params/grid-pages";
import {
  COMPANY_CHECKBOXES,
  MAX_COMPARED,
  gridStateOf,
  parseGridView,
  type SearchParams,
} from "@/lib/params/grid-view";
import { parseGridSort } from "@/lib/params/grid-sort";
import { directoryHref } from "@/lib/params/company-directory";
import { gridHref } from "@/lib/params/hrefs";
import { orderCompanies } from "@/lib/queries/company-order";
import { listCompanies } from "@/lib/queries/companies";
import { listOtherNames } from "@/lib/queries/other-names";
import { getGridCells } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";
import { ratingWords } from "@/lib/ratings";
import { SECTORS, sectorName } from "@/lib/sectors";

const LINK = "text-sky-800 underline dark:text-sky-300";

/*
 * The parts of a comparison that hold no control are sent once, as HTML (components/static-html.tsx):
 * in React's payload as well, the legends and downloads were a third of it. The legends are the
 * same on every comparison, so they are written once.
 */
let legends: Promise<string> | undefined;
const legendsHtml = () =>
  (legends ??= renderStaticMarkup(
    <>
      <RatingLegend />
      <ProvenanceLegend />
    </>,
  ));

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Policy Atlas — compare privacy policies side by side" },
  description:
    "A side-by-side grid of how backup and cloud companies handle cookies, data retention, dispute resolution and third-party sharing, each finding quoted from the policy.",
};

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [params, practices, byName, otherNames] = await Promise.all([
    searchParams,
    listPractices(),
    listCompanies(),
    listOtherNames(),
  ]);
  // The order decides which companies land on which page, so it comes before the view is read.
  const asked = parseGridSort(
    params.sort,
    practices.map((p) => p.slug),
  );
  const companies = await orderCompanies(byName, asked.ok ? asked.sort : "name");
  const scope = parseGridScope(params);
  // In the default order (by name) the reviewed companies lead; another order is the user's.
  const pool = gridPool(companies, scope, { curatedFirst: !asked.ok || asked.sort === "name" });
  // Links that page or change the view keep the scope the URL chose.
  const scoped = {
    sector: scope.sector,
    provenance: scope.explicitProvenance ? scope.provenance : null,
  };
  // A company added by another of its names ("crashplan" for Code 42) is found as /companies finds it.
  const named = companies.map((c) => ({ ...c, otherNames: otherNames.get(c.slug) ?? [] }));
  const view = parseGridView(params, { practices, companies: named }, pool, scoped);
  const notices = [...scope.notices, ...view.notices];
  if (view.redirectTo) redirect(view.redirectTo);
  const state = { ...gridStateOf(view), ...scoped };
  const manyCompanies = companies.length > COMPANY_CHECKBOXES;
  const chosenPractices = practices.filter((p) => view.practices.includes(p.slug));
  // In the view's order: a page of the pool keeps its curated companies first.
  const companyBySlug = new Map(companies.map((c) => [c.slug, c]));
  const shownCompanies = view.companies.flatMap((s) => companyBySlug.get(s) ?? []);
  const cells = await getGridCells(chosenPractices, shownCompanies);
  // "Add a company" adds to the columns on screen, the curated five by default: the page then
  // names them apart from what the reader added, and offers the added ones alone.
  const curatedSlugs = companies.filter((c) => c.provenance === "curated").map((c) => c.slug);
  const addedToCurated =
    view.picked &&
    curatedSlugs.length > 0 &&
    curatedSlugs.every((s) => view.picked!.includes(s)) &&
    shownCompanies.length > curatedSlugs.length
      ? shownCompanies.filter((c) => !curatedSlugs.includes(c.slug))
      : null;
  // Differences are those among every company in scope, not only this page's: a practice the
  // sector differs on keeps its row on every page and in the sector's download (review 9: a
  // page of six alike on retention dropped it, though the columns were ordered by it).
  const scopeSlugs = view.picked ? view.companies : pool;
  const paged = scopeSlugs.length > view.companies.length;
  const differingHere = differingPractices(cells, view.companies);
  const differing = paged
    ? differingPractices(
        await listScopeRatings(
          chosenPractices.map((p) => p.slug),
          scopeSlugs,
        ),
        scopeSlugs,
      )
    : differingHere;
  const differingElsewhere = new Set([...differing].filter((p) => !differingHere.has(p)));
  const shownPractices = view.differences
    ? chosenPractices.filter((p) => differing.has(p.slug))
    : chosenPractices;
  const shownCells = cells.filter((c) => shownPractices.some((p) => p.slug === c.practice));
  // With a rating filter a practice gets a row only where some finding has that rating.
  const rows = gridRows({
    practices: shownPractices,
    companies: shownCompanies,
    cells,
    ratings: view.ratings,
    caption: "",
  });
  const matching = view.ratings.length
    ? shownCells.filter((c) => view.ratings.includes(c.rating)).length
    : shownCells.length;
  // "Include machine-read" by name lists the curated first, then 300 machine-read companies
  // from A: an arbitrary first page, so the status line says the order and sectors are offered.
  const poolKinds = pool.map((slug) => companyBySlug.get(slug)?.provenance);
  const curatedFirst =
    !view.picked && scope.provenance === "all" && view.sort === "name"
      ? {
          curated: poolKinds.filter((k) => k === "curated").length,
          machine: poolKinds.filter((k) => k === "machine").length,
        }
      : null;
  const offerSectors = !view.picked && scope.provenance === "all" && !scope.sector;
  // Every company of the sector, curated ones too: the sector's page shows them all.
  const bySector = SECTORS.map((s) => ({
    ...s,
    count: companies.filter((c) => c.sector === s.slug).length,
  })).filter((s) => s.count > 0);
  const curatedShown = shownCompanies.filter((c) => c.provenance === "curated");
  const machineShown = shownCompanies.filter((c) => c.provenance === "machine");
  const years = policyYears(curatedShown);
  const recorded = recordedYears(machineShown);
  const caption = `How ${shownCompanies.map((c) => c.name).join(", ")} handle ${shownPractices.map((p) => p.name.toLowerCase()).join(", ")}`;
  const { sort } = view;
  const sortPractice =
    typeof sort === "object" ? practices.find((p) => p.slug === sort.practice)?.name : undefined;
  const only = view.ratings
    .map((r) =>
      ratingWords(
        r,
        shownCompanies.map((c) => c.provenance),
      ),
    )
    .join(" or ");
  const single = view.picked?.length === 1 ? shownCompanies[0] : undefined;
  // The filter panel opens at first on a wide screen when the URL set a filter; on a phone it
  // stays closed (the notices above it say what the URL changed).
  const filtersSet =
    notices.length > 0 ||
    view.chosen.length > 0 ||
    view.ratings.length > 0 ||
    view.differences ||
    view.sort !== "name";

  return (
    // Tighter on a phone, so the grid's first practice row shows on the first screen.
    <div className="space-y-4 sm:space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Compare privacy policies</h1>
        <GridIntro
          machine={machineShown.length}
          curated={curatedShown.length}
          years={years}
          undated={curatedShown.filter((c) => !c.effectiveDate).length}
          recorded={recorded}
        />
      </div>

      <GridScopeBar
        scope={scope}
        practices={view.practicesParam}
        poolSize={pool.length}
        picked={
          view.picked
            ? {
                count: shownCompanies.length,
                machine: machineShown.length,
                name: shownCompanies.length === 1 ? shownCompanies[0]!.name : undefined,
                addedToCurated: addedToCurated && {
                  count: addedToCurated.length,
                  machine: addedToCurated.filter((c) => c.provenance === "machine").length,
                  only: gridHref({ ...state, companies: addedToCurated.map((c) => c.slug) }),
                },
              }
            : null
        }
      />

      <Notices messages={notices} id="grid-notices" />

      {offerSectors && (
        <nav
          aria-label="Machine-read companies to compare"
          className="max-w-4xl space-y-1 text-sm text-slate-700 dark:text-slate-300"
        >
          <p>
            {curatedFirst &&
              `The ${curatedFirst.machine} machine-read companies follow the ${curatedFirst.curated} curated ones in name order, ${COMPANIES_PER_PAGE} to a page (the last up to ${COMPANIES_PER_PAGE + SHORT_LAST_PAGE}). `}
            To compare like with like, choose a sector, or{" "}
            <Link href={directoryHref({ provenance: "machine" })} className={LINK}>
              find a company by name
            </Link>
            :
          </p>
          <ul className="dot-list">
            {bySector.map((s) => (
              <li key={s.slug}>
                <Link
                  href={gridHref({ sector: s.slug, practices: view.practicesParam })}
                  className={LINK}
                >
                  {s.name}
                </Link>
                &nbsp;({s.count})
              </li>
            ))}
          </ul>
        </nav>
      )}

      {view.suggestions.length > 0 && (
        <nav aria-label="Matching companies" className="space-y-2 text-sm">
          <ul className="flex flex-wrap gap-2">
            {view.suggestions.map((c) => (
              <li key={c.slug}>
                {view.addingTo.includes(c.slug) ? (
                  <span className="inline-block rounded-full border border-dashed border-slate-300 px-3 py-1 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                    {c.name} (shown)
                  </span>
                ) : (
                  <Link
                    href={gridHref({ ...state, companies: [...view.addingTo, c.slug], page: 1 })}
                    className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-sky-600 hover:text-sky-800 dark:border-slate-700 dark:hover:text-sky-300"
                  >
                    Add {c.name}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {view.matchCount > view.suggestions.length && (
            <p className="text-slate-700 dark:text-slate-300">
              And {view.matchCount - view.suggestions.length} more: type more of the name, or{" "}
              <Link href={directoryHref({ q: view.addTerm })} className={LINK}>
                see all {view.matchCount} in the directory
              </Link>
              .
            </p>
          )}
        </nav>
      )}

      <FilterDisclosure
        id="grid-filters"
        summary="Filter practices, companies and ratings"
        openOnWideScreens={filtersSet}
      >
        <GridFilters
          practices={practices.map((p) => ({ slug: p.slug, name: p.name, core: p.core }))}
          companies={(manyCompanies
            ? companies.filter((c) => view.chosen.includes(c.slug))
            : companies
          ).map((c) => ({ slug: c.slug, name: c.name }))}
          totalCompanies={companies.length}
          canAddByName={manyCompanies}
          scope={scoped}
          page={view.page}
          shownCount={view.addingTo.length}
          maxCompared={MAX_COMPARED}
          selectedPractices={view.practices}
          pickedCompanies={view.chosen}
          ratings={view.ratings}
          machineShown={machineShown.length > 0}
          sort={view.sort}
          differences={view.differences}
        />
      </FilterDisclosure>
      {filtersSet && <OpenOnWideScreens target="grid-filters" />}

      {/* The status line prints (a printed page of a sector must say it is one page of
          several); the links beside it do not. */}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {gridStatus({
            rows: rows.length,
            chosen: chosenPractices.length,
            total: practices.length,
            differences: view.differences,
            alike: {
              names: chosenPractices.filter((p) => !differing.has(p.slug)).map((p) => p.name),
              among: scopeSlugs.length,
            },
            ratings: view.ratings,
            only,
            matching,
            companies: {
              shown: shownCompanies.length,
              of: view.picked ? companies.length : pool.length,
              order: view.sort !== "name" ? describeSort(view.sort, sortPractice) : null,
              curatedFirst,
              sector: scope.sector && !view.picked ? sectorName(scope.sector) : null,
            },
          })}
        </p>
        {view.allPractices ? (
          <Link
            href={gridHref({ ...state, practices: undefined, page: 1 })}
            className={`no-print ${LINK}`}
          >
            Core practices only
          </Link>
        ) : (
          <Link
            href={gridHref({ ...state, practices: "all", page: 1 })}
            className={`no-print ${LINK}`}
          >
            Show all {practices.length} practices
          </Link>
        )}
        {shownCompanies.length > 1 && !view.differences && (
          <Link href={gridHref({ ...state, differences: true })} className={`no-print ${LINK}`}>
            Only where they differ
            {differing.size ? ` (${differing.size})` : ""}
          </Link>
        )}
        {view.differences && (
          <Link href={gridHref({ ...state, differences: false })} className={`no-print ${LINK}`}>
            Show every chosen practice
          </Link>
        )}
      </div>

      {single && (
        <p role="note" className="text-sm text-slate-700 dark:text-slate-300">
          Showing {single.name} on its own: tick another company above to compare them side by side,
          or read{" "}
          <Link href={`/companies/${single.slug}`} className={LINK}>
            {single.name}&rsquo;s whole policy
          </Link>
          .
        </p>
      )}

      {view.differences && shownPractices.length === 0 ? (
        <p className="rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800">
          {shownCompanies.length < 2
            ? "Differences need two companies or more: tick another company."
            : `These ${shownCompanies.length} companies are rated the same on every practice chosen.`}{" "}
          {!view.allPractices && shownCompanies.length > 1 && (
            <>
              <Link href={gridHref({ ...state, practices: "all", page: 1 })} className={LINK}>
                Look across all {practices.length} practices
              </Link>{" "}
              or{" "}
            </>
          )}
          <Link href={gridHref({ ...state, differences: false })} className={LINK}>
            show every chosen practice
          </Link>
          .
        </p>
      ) : matching === 0 ? (
        <p className="rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800">
          No finding in this view is rated {only}.{" "}
          <Link href={gridHref({ ...state, ratings: [] })} className={LINK}>
            Clear the rating filter
          </Link>
          .
        </p>
      ) : (
        <ComparisonGrid
          practices={shownPractices}
          companies={shownCompanies}
          cells={shownCells}
          ratings={view.ratings}
          differing={differingHere}
          differingElsewhere={view.differences ? differingElsewhere : undefined}
          caption={caption}
          htmlBlock={({ html, ...block }) => <StaticHtml as="div" {...block} html={html} />}
        />
      )}

      <Pagination
        page={view.page}
        pageCount={view.pageCount}
        hrefFor={(page) => gridHref({ ...state, page })}
        label="Companies"
        focusOnArrival={["table.comparison-grid"]}
      />

      {shownPractices.length > 0 && matching > 0 && (
        <StaticHtml
          as="div"
          html={await renderStaticMarkup(
            <ExportLinks
              view={{
                practices: view.differences
                  ? shownPractices.map((p) => p.slug)
                  : view.allPractices
                    ? "all"
                    : view.practices,
                // Every company when they all fit on the page, else exactly the ones shown.
                companies:
                  view.picked || view.pageCount > 1 || pool.length < companies.length
                    ? shownCompanies.map((c) => c.slug)
                    : undefined,
                ratings: view.ratings,
                sort: view.sort,
              }}
              practiceCount={shownPractices.length}
              companyCount={shownCompanies.length}
              totalPractices={practices.length}
              sector={
                // A sector paged through: its download holds every company of it, not only this page.
                scope.sector && !view.picked && pool.length > shownCompanies.length
                  ? {
                      slug: scope.sector,
                      companyCount: pool.length,
                      provenance: scope.provenance === "curated" ? "curated" : undefined,
                    }
                  : undefined
              }
            />,
          )}
        />
      )}

      <StaticHtml as="div" className="space-y-4 sm:space-y-5" html={await legendsHtml()} />
      {/* Mounts anew with every view, to move focus where the control that changed it asked. */}
      <FocusOnArrival key={JSON.stringify(params)} />
    </div>
  );
}
