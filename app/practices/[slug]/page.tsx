import { pastLastPageNotice } from "@/lib/params/past-last-page";
import type { Metadata } from "next";
import { practiceScopeSentence } from "@/lib/practice-scope-sentence";
import { ratingFilterCount, ratingFilterHeading } from "@/lib/rating-filter-words";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { EvidenceQuotes } from "@/components/evidence-quotes";
import { KindRatingCounts } from "@/components/kind-rating-counts";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { Pagination } from "@/components/pagination";
import { MachineNote } from "@/components/machine-note";
import { ProvenanceMark } from "@/components/provenance-mark";
import { RatingBadge } from "@/components/rating-badge";
import { RatingDefinitions } from "@/components/rating-definitions";
import { RubricRules } from "@/components/rubric-rules";
import { Notices } from "@/components/notices";
import { SectorOptions } from "@/components/sector-options";
import { gridHref, practiceHref, type PracticePageState } from "@/lib/params/hrefs";
import { parsePracticePageParams } from "@/lib/params/practice-page-params";
import { RATINGS, ratingLabel } from "@/lib/ratings";
import { sectorName } from "@/lib/sectors";
import { countsScope } from "@/lib/counts-scope";
import { PolicyDates } from "@/components/policy-dates";
import { slugParamSchema } from "@/lib/params/slug-list";
import { getPracticeComparison } from "@/lib/queries/practice-comparison";
import { CORE_RUBRIC } from "@/lib/rubric";
import { TextLink } from "@/components/text-link";

export const dynamic = "force-dynamic";

const PER_PAGE = 12;
type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(props: Props) {
  const [{ slug }, sp] = await Promise.all([props.params, props.searchParams]);
  const parsed = slugParamSchema.safeParse(slug);
  const asked = parsePracticePageParams(sp);
  return {
    asked,
    data: parsed.success
      ? await getPracticeComparison(parsed.data, asked.page, PER_PAGE, asked)
      : null,
  };
}

const FIELD =
  "rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(props);
  if (!data) return { title: "Practice not found" };
  return {
    title: `${data.practice.name}: every company side by side`,
    description: `How each company's privacy policy handles ${data.practice.name.toLowerCase()}, with the exact words quoted. ${data.practice.description}`,
    alternates: {
      types: {
        "application/atom+xml": [
          {
            url: `/feeds/practices/${data.practice.slug}.atom`,
            title: `Policy changes about ${data.practice.name.toLowerCase()}`,
          },
        ],
      },
    },
  };
}

export default async function PracticePage(props: Props) {
  const { asked, data } = await load(props);
  if (!data) notFound();
  const { provenance, sector, rating } = asked;
  const { practice, companies, cells, totalCompanies, counts } = data;
  const pageCount = Math.max(1, Math.ceil(totalCompanies / PER_PAGE));
  const { page } = data;
  // A page past the last shows the last (practice-comparison.ts), and says so as /companies does.
  const notices =
    asked.page > page
      ? [...asked.notices, pastLastPageNotice(pageCount, "companies")]
      : asked.notices;
  const state: PracticePageState = { provenance, sector, rating };
  const hrefFor = (change: PracticePageState) =>
    practiceHref(practice.slug, { ...state, page: 1, ...change });
  const narrowed = [
    sector && `in ${sectorName(sector)}`,
    rating && ratingFilterHeading(rating, provenance),
  ].filter(Boolean);
  const rubric = CORE_RUBRIC[practice.slug];
  const byCompany = new Map(cells.map((c) => [c.company, c]));

  return (
    <div className="space-y-8">
      <FocusOnArrival key={`${page}|${provenance}|${sector}|${rating}`} />
      <header className="max-w-3xl space-y-2">
        <Breadcrumb parent={{ href: "/practices", label: "Practices" }} current={practice.name} />
        <h1 className="text-3xl font-bold tracking-tight">{practice.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {practiceScopeSentence(practice.description)}
        </p>
        <p className="text-sm">
          <TextLink href={gridHref({ practices: [practice.slug] })}>
            See this practice in the comparison grid
          </TextLink>
        </p>
      </header>

      {rubric && (
        <section
          aria-labelledby="rubric-title"
          className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
        >
          <h2 id="rubric-title" className="mb-2 font-semibold">
            How we rate {practice.name.toLowerCase()}
          </h2>
          <RatingDefinitions meanings={rubric.ratings} />
          <RubricRules rules={rubric.rules} />
        </section>
      )}

      <section aria-labelledby="companies-title" className="space-y-4">
        <Notices messages={notices} />
        <nav aria-label="Findings to include" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700 dark:text-slate-300">Companies:</span>
          {(
            [
              [null, "Curated first, then machine-read"],
              ["curated", "Curated only"],
              ["machine", "Machine-read only"],
            ] as const
          ).map(([value, label]) => (
            <a
              key={label}
              href={hrefFor({ provenance: value })}
              aria-current={provenance === value}
              className="rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=true]:border-sky-700 aria-[current=true]:bg-sky-50 aria-[current=true]:font-semibold dark:aria-[current=true]:bg-sky-950"
            >
              {label}
            </a>
          ))}
        </nav>
        <form
          action={`/practices/${practice.slug}`}
          method="get"
          className="flex flex-wrap items-center gap-2 text-sm"
        >
          {provenance && <input type="hidden" name="provenance" value={provenance} />}
          <span className="inline-flex items-center gap-2">
            <label htmlFor="practice-sector" className="text-slate-700 dark:text-slate-300">
              Sector:
            </label>
            <select
              id="practice-sector"
              name="sector"
              defaultValue={sector ?? ""}
              className={FIELD}
            >
              <SectorOptions anyLabel="Every sector" />
            </select>
          </span>
          <span className="inline-flex items-center gap-2">
            <label htmlFor="practice-rating" className="text-slate-700 dark:text-slate-300">
              Rating:
            </label>
            <select
              id="practice-rating"
              name="rating"
              defaultValue={rating ?? ""}
              className={FIELD}
            >
              <option value="">Any rating</option>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {r === "not-addressed" ? "Not addressed / no clause found" : ratingLabel(r)}
                </option>
              ))}
            </select>
          </span>
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Show
          </button>
          {(sector || rating) && (
            <a
              href={hrefFor({ sector: null, rating: null })}
              className="text-sky-800 underline dark:text-sky-300"
            >
              Every company
            </a>
          )}
        </form>
        <h2 id="companies-title" tabIndex={-1} className="text-xl font-semibold">
          What each policy says{narrowed.length ? `: companies ${narrowed.join(", ")}` : ""}
        </h2>
        <div role="group" aria-labelledby="counts-title" className="space-y-1.5">
          <p id="counts-title" className="text-sm text-slate-700 dark:text-slate-300">
            {countsScope(
              counts.curated.companies + counts.machine.companies,
              provenance,
              !rating && pageCount > 1 ? companies.length : null,
              sector ? sectorName(sector) : null,
            )}
          </p>
          <KindRatingCounts counts={counts} practiceName={practice.name} only={provenance} />
        </div>
        {rating && (
          <p className="text-sm font-semibold text-slate-800 dark:text-slate-200">
            {totalCompanies === 0
              ? ratingFilterCount(rating, counts, provenance)
              : `${ratingFilterCount(rating, counts, provenance)}${pageCount > 1 ? `, on every page (this page shows ${companies.length})` : ""}:`}
          </p>
        )}
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {companies.map((c) => {
            const cell = byCompany.get(c.slug)!;
            return (
              <li
                key={c.slug}
                className={`flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800 ${cell.rating === "not-addressed" ? "hatched" : ""} ${cell.provenance === "machine" ? "machine-cell" : ""}`}
                data-provenance={cell.provenance}
              >
                <h3 className="text-lg font-semibold">
                  <a
                    href={`/companies/${c.slug}`}
                    className="text-sky-800 hover:underline dark:text-sky-300"
                  >
                    {c.name}
                  </a>
                </h3>
                <PolicyDates company={c} className="mb-2 text-xs" />
                <div className="flex flex-wrap items-center gap-1.5">
                  {cell.provenance === "machine" && (
                    <ProvenanceMark provenance="machine" size="sm" />
                  )}
                  <RatingBadge
                    rating={cell.rating}
                    practice={practice.slug}
                    provenance={cell.provenance}
                  />
                </div>
                <p
                  className={`mt-2 text-sm leading-relaxed ${cell.rating === "not-addressed" ? "text-slate-600 italic dark:text-slate-400" : ""}`}
                >
                  {cell.summary}
                </p>
                {cell.provenance === "machine" && (
                  <MachineNote
                    confidence={cell.confidence}
                    reason={null}
                    silent={cell.rating === "not-addressed"}
                  />
                )}
                <EvidenceQuotes
                  company={c.slug}
                  practice={practice.slug}
                  evidence={cell.evidence}
                  open
                />
              </li>
            );
          })}
        </ul>
      </section>

      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => hrefFor({ page: p })}
        label="Companies"
        focusOnArrival={["#companies-title"]}
      />
    </div>
  );
}
