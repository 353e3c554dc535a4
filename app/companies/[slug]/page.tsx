import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClauseHighlighter } from "@/components/clause-highlighter";
import { CopyLinkHandler } from "@/components/copy-link-handler";
import { companyFindingsHtml } from "@/components/company-findings-html";
import { CompanyHeader } from "@/components/company-header";
import { CompanyHistory } from "@/components/history/company-history";
import { PolicyText } from "@/components/policy-text";
import { PolicyToc } from "@/components/policy-toc";
import { UnreadableTextNote } from "@/components/unreadable-text-note";
import { markQuotes } from "@/lib/clause-marks";
import { parseClauseMarks } from "@/lib/params/clause-marks-params";
import { slugParamSchema } from "@/lib/params/slug-list";
import { buildOutline } from "@/lib/policy-outline";
import { countUnreadable } from "@/lib/unreadable-characters";
import { highlightClauses } from "@/lib/queries/clause-highlights";
import { getCompany, listCompanies, type CompanyDetail } from "@/lib/queries/companies";
import { getHistoryOverview } from "@/lib/queries/history";
import { listPractices } from "@/lib/queries/practices";
import { StaticHtml } from "@/components/static-html";
import { oncePerObject } from "@/lib/once-per-object";
import { renderStaticMarkup } from "@/lib/render/static-markup";
import { splitHighlights, type SnippetPart } from "@/lib/search/highlight";
import { quoteQuery } from "@/lib/search/quote-query";
import { companyFeedAlternates } from "@/lib/history/company-feed";
import { findClauseHref } from "@/lib/history/version-href";
import { hasRecordedHistory } from "@/lib/history/recorded-history";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Each company's outline, clause numbers and unreadable characters (in the clauses the company's
 * one query loaded), derived once: the company is kept per data version.
 */
const derive = oncePerObject((company: CompanyDetail) => ({
  outline: buildOutline(company.clauses),
  positions: new Map(company.clauses.map((c) => [c.anchor, c.position])),
  unreadable: countUnreadable(company.clauses.map((c) => c.text)),
}));

/** The findings' HTML, built once per company (kept per data version) and practice names. */
const findingsHtml = oncePerObject(companyFindingsHtml);

/** The header's HTML, built once per company (kept per data version, as the names are). */
const companyHeaderHtml = oncePerObject(
  (company: CompanyDetail, names: ReadonlyMap<string, string>) =>
    renderStaticMarkup(<CompanyHeader company={company} names={names} />),
);

/** Every company's name by slug, once per list (the list is kept per data version). */
const namesBySlug = oncePerObject(
  (all: readonly { slug: string; name: string }[]) => new Map(all.map((c) => [c.slug, c.name])),
);

async function load(slug: string) {
  const parsed = slugParamSchema.safeParse(slug);
  return parsed.success ? getCompany(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const company = await load((await params).slug);
  if (!company) return { title: "Company not found" };
  const concerning = company.findings.filter((f) => f.rating === "concerning").length;
  return {
    title: `${company.name} privacy policy`,
    description: `How ${company.name} (${company.legalName}) handles cookies, data retention, disputes and third-party sharing: ${company.findings.length} findings, ${concerning} concerning, each quoted from its policy.`,
    alternates: companyFeedAlternates(company),
  };
}

export default async function CompanyPage({ params, searchParams }: Props) {
  const slug = (await params).slug;
  const [company, practices, query, history, all] = await Promise.all([
    load(slug),
    listPractices(),
    searchParams,
    getHistoryOverview(slug),
    listCompanies(),
  ]);
  if (!company) notFound();
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  const asked = parseClauseMarks(
    query,
    practices.map((p) => p.slug),
  );
  const marks = new Map<string, SnippetPart[]>();
  if (asked.finding) {
    const quotes = new Map<string, string[]>();
    for (const e of company.findings.find((f) => f.practice === asked.finding)?.evidence ?? [])
      quotes.set(e.anchor, [...(quotes.get(e.anchor) ?? []), e.quote]);
    for (const c of company.clauses)
      if (quotes.has(c.anchor)) marks.set(c.anchor, markQuotes(c.text, quotes.get(c.anchor)!));
  } else if (asked.q) {
    for (const [anchor, text] of await highlightClauses(company.slug, asked.q))
      marks.set(anchor, splitHighlights(text));
  }
  const { outline, positions, unreadable } = derive(company);

  return (
    <article className="space-y-10">
      <StaticHtml as="div" html={await companyHeaderHtml(company, namesBySlug(all))} />

      <section aria-labelledby="findings-title" className="space-y-4">
        <h2 id="findings-title" className="text-xl font-semibold">
          Findings by practice
        </h2>
        <StaticHtml
          as="ul"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
          html={findingsHtml(company, names, positions)}
        />
      </section>

      <StaticHtml
        as="div"
        html={await renderStaticMarkup(
          <CompanyHistory
            slug={company.slug}
            name={company.name}
            overview={history}
            practiceNames={names}
          />,
        )}
      />

      {/* On paper the contents lead nowhere: they are left out and the text takes the width. */}
      <section
        aria-labelledby="policy-title"
        className="grid gap-8 lg:grid-cols-[16rem_1fr] print:block"
      >
        <div className="no-print lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
          <PolicyToc outline={outline} />
        </div>
        <div className="min-w-0 space-y-4">
          <div>
            <h2 id="policy-title" className="text-xl font-semibold">
              The policy, clause by clause
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              &ldquo;{company.policy.title}&rdquo; — {company.clauses.length} clauses, verbatim from
              the {company.policy.recordedBy ? "recorded" : "archived"} copy. Tags show the
              practices each clause speaks to
              {company.provenance === "machine"
                ? ", as the classifier read them, each with its probability that the clause speaks to the practice"
                : ""}
              .
              {hasRecordedHistory(company) ? (
                <>
                  {" "}
                  A clause&rsquo;s &ldquo;Copy link&rdquo; follows the current text; to cite the
                  words as recorded on a given day, copy it from that version&rsquo;s page in the{" "}
                  <a
                    href={`/companies/${company.slug}/changes`}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    policy history
                  </a>
                  .
                </>
              ) : null}
            </p>
            <UnreadableTextNote count={unreadable} recorded={!!company.policy.recordedBy} />
            {(asked.finding || asked.q) && (
              <p role="note" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                <mark className="clause-mark">
                  {asked.finding
                    ? `The words quoted for ${(names.get(asked.finding) ?? asked.finding).toLowerCase()} are marked`
                    : `Matches for ${quoteQuery(asked.q!)} are marked`}
                </mark>{" "}
                {marks.size === 0 && "(none in this policy) "}
                <a
                  href={`/companies/${company.slug}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  Clear the marks
                </a>
              </p>
            )}
          </div>
          <ClauseHighlighter
            historyHref={`/companies/${company.slug}/changes`}
            findHref={findClauseHref(company.slug)}
          />
          <PolicyText outline={outline} practices={practices} marks={marks} />
          <CopyLinkHandler />
        </div>
      </section>
    </article>
  );
}
