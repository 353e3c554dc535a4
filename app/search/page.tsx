import type { Metadata } from "next";
import Link from "@/components/app-link";
import { CompanyHitCounts } from "@/components/company-hit-counts";
import { OpenOnWideScreens } from "@/components/open-on-wide-screens";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { groupHits, machineIconSymbolHtml, searchGroupsHtml } from "@/components/search-hits-html";
import { StaticHtml } from "@/components/static-html";
import { renderStaticMarkup } from "@/lib/render/static-markup";
import { MAX_QUERY_LENGTH } from "@/lib/params/search-query";
import {
  SEARCH_PAGE_SIZE,
  SEARCH_PER_COMPANY,
  parseSearchPageParams,
} from "@/lib/params/search-page-params";
import { partitionKnown, type SlugList } from "@/lib/params/slug-list";
import { COMPANY_CHECKBOXES } from "@/lib/params/grid-view";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { searchClauses } from "@/lib/queries/search-clauses";
import { quoteQuery } from "@/lib/search/quote-query";
import { isBlankQuery } from "@/lib/search/blank-query";
import { SearchQueryText } from "@/components/search-query-text";
import { SearchCoverage } from "@/components/search-coverage";
import { newestRecording } from "@/lib/search/search-coverage";
import { searchHref } from "@/lib/params/hrefs";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLES = ["arbitration", '"third parties"', "cookies -flash", "delete account"];

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchPageParams(await searchParams);
  if (isBlankQuery(q)) {
    return {
      title: "Search every clause",
      description:
        "Search the full text of every privacy policy in Policy Atlas, clause by clause, and filter by company and practice.",
    };
  }
  return {
    title: `${quoteQuery(q.slice(0, 60))} — search`,
    description: `Clauses of the privacy policies in Policy Atlas that match ${quoteQuery(q.slice(0, 100))}, quoted in each company's own words.`,
    robots: { index: false, follow: true },
  };
}

function known(requested: SlugList | undefined, slugs: string[]) {
  if (!requested) return { valid: [], unknown: [] };
  return partitionKnown(requested, slugs);
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchPageParams(await searchParams);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const companyFilter = known(
    params.companies,
    companies.map((c) => c.slug),
  );
  const practiceFilter = known(
    params.practices,
    practices.map((p) => p.slug),
  );
  // Across companies, a few clauses of each, so one long policy cannot fill the page; narrowed
  // to one company, all of its matching clauses, paged.
  const oneCompany = companyFilter.valid.length === 1;
  // Invisible characters alone (a zero-width space) are no search: not run, and said so in words.
  const blank = params.q !== "" && isBlankQuery(params.q);
  const outcome = await searchClauses({
    q: blank ? "" : params.q,
    companies: companyFilter.valid.length ? companyFilter.valid : undefined,
    practices: practiceFilter.valid.length ? practiceFilter.valid : undefined,
    provenance: params.provenance ? [params.provenance] : undefined,
    perCompany: oneCompany ? undefined : SEARCH_PER_COMPANY,
    limit: SEARCH_PAGE_SIZE,
    offset: (params.page - 1) * SEARCH_PAGE_SIZE,
  });
  const practiceNames = new Map(practices.map((p) => [p.slug, p.name]));
  const filtered =
    companyFilter.valid.length > 0 || practiceFilter.valid.length > 0 || !!params.provenance;
  // With few companies every one is listed, zeros too, so the reader sees who never mentions it.
  const matched = new Map(outcome.byCompany.map((c) => [c.company, c.count]));
  const hitCounts =
    companies.length > COMPANY_CHECKBOXES
      ? outcome.byCompany
      : companies.map((c) => ({
          company: c.slug,
          companyName: c.name,
          count: matched.get(c.slug) ?? 0,
        }));
  const state = {
    q: outcome.query,
    companies: companyFilter.valid,
    practices: practiceFilter.valid,
    provenance: params.provenance,
  };
  const pages = Math.max(1, Math.ceil(outcome.listed / SEARCH_PAGE_SIZE));
  const first = (params.page - 1) * SEARCH_PAGE_SIZE + 1;
  const inScope = companyFilter.valid.length
    ? outcome.byCompany.filter((c) => companyFilter.valid.includes(c.company))
    : outcome.byCompany;
  const groups = groupHits(outcome.results, (company, shown) => {
    const count = (matched.get(company) ?? 0) - shown;
    return oneCompany || count <= 0
      ? null
      : { count, href: searchHref({ ...state, companies: [company], page: 1 }) };
  });
  const lastCompany = outcome.firstCompany + groups.length - 1;
  const coverage = (
    <SearchCoverage
      newest={newestRecording(companies)}
      company={oneCompany ? companies.find((c) => c.slug === companyFilter.valid[0]) : undefined}
    />
  );

  const notices: string[] = [];
  if (params.unknownParams) notices.push(params.unknownParams);
  if (params.truncated)
    notices.push(
      `Your search was long, so only its first ${MAX_QUERY_LENGTH} characters were used.`,
    );
  if (companyFilter.unknown.length)
    notices.push(
      `Ignored unknown ${companyFilter.unknown.length === 1 ? "company" : "companies"}: ${companyFilter.unknown.join(", ")}.`,
    );
  if (params.badProvenance)
    notices.push(
      `Ignored provenance "${params.badProvenance}": use curated or machine; showing both.`,
    );
  if (practiceFilter.unknown.length)
    notices.push(
      `Ignored unknown ${practiceFilter.unknown.length === 1 ? "practice" : "practices"}: ${practiceFilter.unknown.join(", ")}.`,
    );

  return (
    <div className="space-y-6">
      <FocusOnArrival key={JSON.stringify(params)} />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Search every clause</h1>
        <p className="mt-1 max-w-prose text-slate-600 dark:text-slate-400">
          The full text of every policy as last recorded, clause by clause. Results quote the
          companies&rsquo; own words and link to the clause in context.
        </p>
      </div>

      <SearchForm
        q={outcome.query}
        companies={
          companies.length > COMPANY_CHECKBOXES
            ? companies.filter((c) => companyFilter.valid.includes(c.slug))
            : companies
        }
        practices={practices}
        selectedCompanies={companyFilter.valid}
        selectedPractices={practiceFilter.valid}
        provenance={params.provenance}
        opener={
          companyFilter.valid.length + practiceFilter.valid.length > 0 ? (
            <OpenOnWideScreens target="search-filters" />
          ) : null
        }
      />

      {outcome.query && (
        <nav aria-label="Findings to include" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700 dark:text-slate-300">Companies:</span>
          {(
            [
              [null, "Curated and machine-read"],
              ["curated", "Curated only"],
              ["machine", "Machine-read only"],
            ] as const
          ).map(([value, label]) => (
            <Link
              key={label}
              href={searchHref({ ...state, provenance: value, page: 1 })}
              aria-current={params.provenance === value}
              className="rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=true]:border-sky-700 aria-[current=true]:bg-sky-50 aria-[current=true]:font-semibold dark:aria-[current=true]:bg-sky-950"
            >
              {label}
            </Link>
          ))}
        </nav>
      )}

      {notices.length > 0 && (
        <ul className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm [overflow-wrap:anywhere] text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      {!outcome.query ? (
        <p role={blank ? "status" : undefined} className="text-slate-700 dark:text-slate-300">
          {blank &&
            "Your search holds no words, only invisible characters (such as a zero-width space), spaces or empty quotes, so there is nothing to search for. "}
          Type a word or phrase to search every clause of every policy, for example{" "}
          {EXAMPLES.map((e, i) => (
            <span key={e}>
              <Link
                href={searchHref({ q: e })}
                className="font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
              >
                {e}
              </Link>
              {i < EXAMPLES.length - 2 ? ", " : i === EXAMPLES.length - 2 ? " or " : "."}
            </span>
          ))}
        </p>
      ) : !outcome.searchable ? (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          <SearchQueryText q={outcome.query} /> has no words to search for, because very common
          words and punctuation are ignored: try a more specific word, such as{" "}
          <Link
            href={searchHref({ q: "arbitration" })}
            className="font-medium text-sky-800 underline dark:text-sky-300"
          >
            arbitration
          </Link>
          .
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
          <aside>
            {/* Sent once, as HTML: its 25 links in React's payload as well cost a search more
                than its results did (docs/render-speed.md); each loads its search in full. */}
            <StaticHtml
              as="div"
              html={await renderStaticMarkup(
                <CompanyHitCounts
                  q={outcome.query}
                  byCompany={hitCounts}
                  selected={companyFilter.valid}
                  practices={practiceFilter.valid}
                />,
              )}
            />
          </aside>
          <section aria-labelledby="results-heading" className="min-w-0">
            <h2 id="results-heading" className="sr-only">
              Results
            </h2>
            <p
              id="paged-summary"
              tabIndex={-1}
              role="status"
              className="mb-4 text-sm text-slate-700 dark:text-slate-300"
            >
              {outcome.total === 0 ? (
                <>
                  No clause matches <SearchQueryText q={outcome.query} />
                  {filtered ? " with these filters" : ""}: check the spelling or try fewer words
                  {filtered ? (
                    <>
                      , or{" "}
                      <Link
                        href={searchHref({ q: outcome.query })}
                        className="font-medium text-sky-800 underline dark:text-sky-300"
                      >
                        search without filters
                      </Link>
                    </>
                  ) : null}
                  . {coverage}
                </>
              ) : outcome.results.length === 0 ? (
                <>
                  There is no page {params.page} of results.{" "}
                  <Link
                    href={searchHref(state)}
                    className="font-medium text-sky-800 underline dark:text-sky-300"
                  >
                    Go to the first page
                  </Link>
                  .
                </>
              ) : oneCompany ? (
                <>
                  <strong className="font-semibold">{outcome.total}</strong>{" "}
                  {outcome.total === 1 ? "clause" : "clauses"} of {inScope[0]?.companyName}{" "}
                  {outcome.total === 1 ? "matches" : "match"} <SearchQueryText q={outcome.query} />
                  {practiceFilter.valid.length || params.provenance ? " with these filters" : ""}
                  {pages > 1 ? ` — showing ${first}–${first + outcome.results.length - 1}` : ""},
                  best matches first. {coverage}
                </>
              ) : (
                <>
                  <strong className="font-semibold">{outcome.total}</strong>{" "}
                  {outcome.total === 1 ? "clause" : "clauses"} in{" "}
                  <strong className="font-semibold">{inScope.length}</strong>{" "}
                  {inScope.length === 1 ? "company" : "companies"}{" "}
                  {outcome.total === 1 ? "matches" : "match"} <SearchQueryText q={outcome.query} />
                  {filtered ? " with these filters" : ""}: companies with the best match first, up
                  to {SEARCH_PER_COMPANY} clauses from each
                  {pages > 1
                    ? ` — companies ${outcome.firstCompany}–${lastCompany} of ${inScope.length}`
                    : ""}
                  . {coverage}
                </>
              )}
            </p>
            {outcome.results.length > 0 && (
              <svg
                aria-hidden="true"
                className="absolute h-0 w-0 overflow-hidden"
                dangerouslySetInnerHTML={{ __html: machineIconSymbolHtml }}
              />
            )}
            {outcome.results.length > 0 && (
              <StaticHtml
                as="ol"
                className="space-y-4"
                html={searchGroupsHtml(groups, outcome.query, practiceNames)}
              />
            )}
            {outcome.results.length > 0 && (
              <div className="mt-6">
                <Pagination
                  page={params.page}
                  pageCount={pages}
                  hrefFor={(page) => searchHref({ ...state, page })}
                  label="Result"
                  focusOnArrival={["#paged-summary"]}
                />
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
