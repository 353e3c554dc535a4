import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ComparisonGrid } from "@/components/comparison-grid";
import { ExportLinks } from "@/components/export-links";
import { GridFilters } from "@/components/grid-filters";
import { Notices } from "@/components/notices";
import { Pagination } from "@/components/pagination";
import { GridScopeBar } from "@/components/grid-scope-bar";
import { ProvenanceLegend } from "@/components/provenance-legend";
import { RatingLegend } from "@/components/rating-legend";
import { gridPool, parseGridScope } from "@/lib/params/grid-scope";
import {
  COMPANY_CHECKBOXES,
  gridHref,
  parseGridView,
  type SearchParams,
} from "@/lib/params/grid-view";
import { listCompanies } from "@/lib/queries/companies";
import { getCells } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";
import { RATING_LABELS } from "@/lib/ratings";

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
  const [params, practices, companies] = await Promise.all([
    searchParams,
    listPractices(),
    listCompanies(),
  ]);
  const scope = parseGridScope(params);
  const pool = gridPool(companies, scope);
  const view = parseGridView(params, { practices, companies }, pool);
  // Links that page or change the view keep the scope the URL chose.
  const scoped = {
    sector: scope.sector,
    provenance: scope.explicitProvenance ? scope.provenance : null,
  };
  const notices = [...scope.notices, ...view.notices];
  if (view.redirectTo) redirect(view.redirectTo);
  const manyCompanies = companies.length > COMPANY_CHECKBOXES;
  const shownPractices = practices.filter((p) => view.practices.includes(p.slug));
  const shownCompanies = companies.filter((c) => view.companies.includes(c.slug));
  const cells = await getCells(shownPractices, shownCompanies);
  const matching = view.ratings.length
    ? cells.filter((c) => view.ratings.includes(c.rating)).length
    : cells.length;
  const caption = `How ${shownCompanies.map((c) => c.name).join(", ")} handle ${shownPractices.map((p) => p.name.toLowerCase()).join(", ")}`;

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Compare privacy policies</h1>
        <p className="text-slate-700 dark:text-slate-300">
          What each company commits to, practice by practice. Summaries are ours; open a
          cell&rsquo;s clauses to read the company&rsquo;s own words, or follow a rating to{" "}
          <Link href="/methodology" className="text-sky-800 underline dark:text-sky-300">
            how we rate
          </Link>
          .
        </p>
      </div>

      <GridScopeBar
        scope={scope}
        practices={view.allPractices ? "all" : params.practices ? view.practices : undefined}
        poolSize={pool.length}
      />

      <Notices messages={notices} />

      {view.suggestions.length > 0 && (
        <nav aria-label="Matching companies" className="text-sm">
          <ul className="flex flex-wrap gap-2">
            {view.suggestions.map((c) => (
              <li key={c.slug}>
                <Link
                  href={gridHref({
                    practices: view.allPractices ? "all" : view.practices,
                    companies: [...view.chosen, c.slug],
                    ratings: view.ratings,
                  })}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-sky-600 hover:text-sky-800 dark:border-slate-700 dark:hover:text-sky-300"
                >
                  Add {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <details
        className="no-print group"
        open={notices.length > 0 || view.chosen.length > 0 || view.ratings.length > 0}
      >
        <summary className="cursor-pointer rounded text-sm font-semibold text-sky-800 select-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
          Filter practices, companies and ratings
        </summary>
        <div className="mt-3">
          <GridFilters
            practices={practices.map((p) => ({ slug: p.slug, name: p.name }))}
            companies={(manyCompanies
              ? companies.filter((c) => view.chosen.includes(c.slug))
              : companies
            ).map((c) => ({ slug: c.slug, name: c.name }))}
            totalCompanies={companies.length}
            canAddByName={manyCompanies}
            selectedPractices={view.practices}
            pickedCompanies={view.chosen}
            ratings={view.ratings}
          />
        </div>
      </details>

      <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span className="text-slate-700 dark:text-slate-300">
          {shownPractices.length} of {practices.length} practices · {shownCompanies.length} of{" "}
          {view.picked ? companies.length : pool.length} companies
          {view.ratings.length
            ? ` · only ${view.ratings.map((r) => RATING_LABELS[r].toLowerCase()).join(" or ")}: ${matching} finding${matching === 1 ? "" : "s"}`
            : ""}
        </span>
        {view.allPractices ? (
          <Link
            href={gridHref({ companies: view.picked, ratings: view.ratings, ...scoped })}
            className="text-sky-800 underline dark:text-sky-300"
          >
            Core practices only
          </Link>
        ) : (
          <Link
            href={gridHref({
              practices: "all",
              companies: view.picked,
              ratings: view.ratings,
              ...scoped,
            })}
            className="text-sky-800 underline dark:text-sky-300"
          >
            Show all {practices.length} practices
          </Link>
        )}
      </div>

      {matching === 0 ? (
        <p className="rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800">
          No finding in this view is rated{" "}
          {view.ratings.map((r) => RATING_LABELS[r].toLowerCase()).join(" or ")}.{" "}
          <Link
            href={gridHref({
              practices: view.allPractices ? "all" : view.practices,
              companies: view.picked,
            })}
            className="text-sky-800 underline dark:text-sky-300"
          >
            Clear the rating filter
          </Link>
          .
        </p>
      ) : (
        <ComparisonGrid
          practices={shownPractices}
          companies={shownCompanies}
          cells={cells}
          ratings={view.ratings}
          caption={caption}
        />
      )}

      {view.pageCount > 1 && (
        <Pagination
          page={view.page}
          pageCount={view.pageCount}
          hrefFor={(page) =>
            gridHref({
              practices: view.allPractices ? "all" : view.practices,
              ratings: view.ratings,
              page,
              ...scoped,
            })
          }
          label="Companies"
        />
      )}

      <ExportLinks practices={view.practices} companies={view.companies} />

      <RatingLegend />
      <ProvenanceLegend />
    </div>
  );
}
