import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { ClauseDiff } from "@/components/history/clause-diff";
import { HistoryIntro } from "@/components/history/history-intro";
import { HistoryLoading } from "@/components/history/history-loading";
import { RatingChanges } from "@/components/history/rating-changes";
import { SinceKept } from "@/components/history/since-kept";
import { StatedAfterNote } from "@/components/history/stated-after-note";
import {
  formatVersionDate,
  formatVersionDates,
  VersionDate,
} from "@/components/history/version-date";
import { VersionKindBadge } from "@/components/history/version-kind";
import { VersionTimeline } from "@/components/history/version-timeline";
import { Notices } from "@/components/notices";
import { Pagination } from "@/components/pagination";
import { StaticHtml } from "@/components/static-html";
import { parseComparisonFocus } from "@/lib/params/comparison-focus";
import { parseDiffParams } from "@/lib/params/history-params";
import { slugParamSchema } from "@/lib/params/slug-list";
import { getHistoryStatus, getTimeline, getVersionDiff } from "@/lib/queries/history";
import { listPractices } from "@/lib/queries/practices";
import { renderStaticMarkup } from "@/lib/render/static-markup";
import { backAndForthNotes } from "@/lib/history/back-and-forth-notes";
import { companyFeed, companyFeedAlternates } from "@/lib/history/company-feed";
import { comparisonHref } from "@/lib/history/comparison-href";
import { comparisonRefusal } from "@/lib/history/comparison-refusal";
import { describeSinceLatestChange, sinceLatestChange } from "@/lib/history/since-latest-change";
import { isListedChange, versionStatus } from "@/lib/history/version-status";
import { historyAuditOf } from "@/lib/reading/audit-record";
import { AlertsChecked } from "@/components/history/alerts-checked";
import { missingClauseNotice } from "@/lib/history/missing-clause-notice";

export const dynamic = "force-dynamic";

const PER_PAGE = 100;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toParams(raw: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, value);
  return params;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = slugParamSchema.safeParse((await params).slug);
  const timeline = parsed.success ? await getTimeline(parsed.data) : null;
  if (!timeline) return { title: "Company not found" };
  const { company } = timeline;
  return {
    title: `${company.name}: policy history and changes`,
    description: `Every recorded version of ${company.name}'s privacy policy and what changed, clause by clause.`,
    alternates: companyFeedAlternates(company),
  };
}

export default async function CompanyChangesPage({ params, searchParams }: Props) {
  const parsed = slugParamSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const [timeline, practices, status, raw] = await Promise.all([
    getTimeline(parsed.data),
    listPractices(),
    getHistoryStatus(),
    searchParams,
  ]);
  if (!timeline) notFound();
  const { company, versions } = timeline;
  const query = toParams(raw);
  const notices: string[] = [];
  const listTitle = versions.length === 1 ? "The archived version" : "All recorded versions";
  const missing = missingClauseNotice(query.get("missing"), company.name, listTitle);
  if (missing) notices.push(missing);
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  const focus = parseComparisonFocus(
    query,
    practices.map((p) => p.slug),
  );
  if (focus.ignored.length)
    notices.push(
      `Not a practice: ${focus.ignored.map((p) => `"${p}"`).join(", ")} (the practices are ${practices.map((p) => p.slug).join(", ")}).`,
    );
  const followed = focus.practices;

  let requested: { from: number; to: number } | null = null;
  if (query.has("from") || query.has("to")) {
    const p = parseDiffParams(query);
    if (p.ok) requested = { from: p.from, to: p.to };
    else notices.push(`${p.error.replace(/ \(see .*\)/, "")} Showing the latest change instead.`);
  }
  /*
   * Without a valid choice, the latest change listed among the atlas's changes; when there is
   * none, the latest version that changed a clause (a re-extraction, say), whose badge says what
   * it is; never a comparison that shows nothing (Signal's two re-extractions, "No clause changed").
   */
  const latestChange =
    versions.find(isListedChange) ??
    versions.find(
      (v) => v.comparedTo !== null && v.changedClauses > 0 && !v.otherLanguage && !v.captureFailed,
    );
  // The versions recorded after it, which the page must account for when it opens on it.
  const gap = sinceLatestChange(versions);
  let pair = requested;
  // The change as listed: a change that stuck after flickering, from the text the page last kept.
  if (!pair && latestChange?.comparedTo)
    pair = { from: latestChange.comparedTo.id, to: latestChange.id };
  // Checked against the versions listed, so the notice names the company and the dates as shown.
  const versionDates = formatVersionDates(versions.map((v) => v.recordedAt));
  const refusal =
    requested &&
    comparisonRefusal(
      requested,
      new Map(versions.map((v, i) => [v.id, versionDates[i]!])),
      company.name,
    );
  if (refusal) {
    notices.push(refusal);
    pair = null;
  }
  let diffResult = pair ? await getVersionDiff(company.slug, pair.from, pair.to) : null;
  if (diffResult && !diffResult.ok) {
    notices.push(`${diffResult.error.replace(/\.$/, "")}. Pick two versions from the list below.`);
    diffResult = null;
  }
  const diff = diffResult?.ok ? diffResult.diff : null;
  const reversed = diff && diff.from.recordedAt > diff.to.recordedAt;
  // Two versions of one day are named by their time too ("Apr 29, 2021, 12:59 UTC").
  const [fromDate, toDate] = diff
    ? formatVersionDates([diff.from.recordedAt, diff.to.recordedAt])
    : [];
  const gapDates = gap
    ? formatVersionDates([gap.latest.recordedAt, gap.latestChange.recordedAt])
    : [];

  const pageRaw = query.get("page");
  const pageCount = Math.max(1, Math.ceil(versions.length / PER_PAGE));
  const page =
    pageRaw && /^\d{1,5}$/.test(pageRaw) ? Math.min(Math.max(1, Number(pageRaw)), pageCount) : 1;
  const shown = versions.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const loading = status?.state === "loading";
  // A page going back and forth between texts moves ratings back and forth: left out here.
  const ratingMoves = versions.filter(
    (v) =>
      v.ratingChanges.length > 0 &&
      v.comparedTo !== null &&
      !v.backAndForth &&
      !v.otherLanguage &&
      !v.captureFailed,
  );
  const backAndForthCount = versions.filter((v) => v.backAndForth).length;
  const layoutOnlyCount = versions.filter((v) => versionStatus(v) === "layout-only").length;
  const otherLanguageCount = versions.filter((v) => v.otherLanguage).length;
  const failedCaptureCount = versions.filter((v) => v.captureFailed).length;
  const technicalCount = versions.filter((v) => versionStatus(v) === "technical").length;
  const notes = backAndForthNotes(versions);
  const pageOfVersion = new Map(versions.map((v, i) => [v.id, Math.floor(i / PER_PAGE) + 1]));
  const versionHref = (id: number) => {
    const q = new URLSearchParams();
    if (diff) {
      q.set("from", String(diff.from.id));
      q.set("to", String(diff.to.id));
      for (const p of followed) q.append("practice", p);
    }
    const n = pageOfVersion.get(id) ?? 1;
    if (n > 1) q.set("page", String(n));
    return `/companies/${company.slug}/changes${q.size ? `?${q}` : ""}#version-${id}`;
  };
  const oldest = versions[versions.length - 1];
  const feed = companyFeed(company);

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Breadcrumb
          parent={[
            { href: "/companies", label: "Companies" },
            { href: `/companies/${company.slug}`, label: company.name },
          ]}
          current="Policy history"
        />
        <h1 className="text-3xl font-bold tracking-tight">{company.name}: policy history</h1>
        {versions.length === 0 ? null : versions.length === 1 ? (
          <p className="max-w-prose text-slate-700 dark:text-slate-300">
            The atlas holds one archived version of {company.name}&rsquo;s policy
            {oldest ? ` (${formatVersionDate(oldest.recordedAt)})` : ""}, the one its findings were
            written from. No earlier or later version was recorded, so there is nothing to compare.
          </p>
        ) : (
          <HistoryIntro
            versionCount={versions.length}
            from={oldest!.recordedAt}
            to={versions[0]!.recordedAt}
            counts={{
              technical: technicalCount,
              layoutOnly: layoutOnlyCount,
              backAndForth: backAndForthCount,
              otherLanguage: otherLanguageCount,
              failedCapture: failedCaptureCount,
            }}
          />
        )}
        <p className="no-print text-sm">
          {feed === null ? null : (
            <>
              <a href={feed.url} className="text-sky-800 underline dark:text-sky-300">
                Atom feed of changes
              </a>{" "}
              ·{" "}
              {/* A vendor list's changes in one view and one feed: this company's, then others'. */}
              <Link
                href={`/changes?company=${company.slug}`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Follow it with other companies
              </Link>{" "}
              ·{" "}
            </>
          )}
          <Link href="/changes" className="text-sky-800 underline dark:text-sky-300">
            Changes across the atlas
          </Link>
        </p>
      </header>

      <Notices messages={notices} />
      {versions.length === 0 ? (
        loading ? (
          <HistoryLoading status={status} />
        ) : (
          <p>No version of this policy has been loaded yet.</p>
        )
      ) : null}

      {diff ? (
        <section aria-labelledby="diff-title" className="space-y-4">
          <h2 id="diff-title" className="text-xl font-semibold">
            What changed from {fromDate} to {toDate}
          </h2>
          {/* The dates first, in a sentence; the badges say what kind of version each is. */}
          <p
            className="text-sm leading-7 text-slate-700 dark:text-slate-300"
            data-testid="diff-ends"
          >
            {/* The badges in brackets for a screen reader, which would read "Jun 13, 2026 Changed". */}
            Comparing the version of <strong className="font-semibold">{fromDate}</strong>{" "}
            <span className="sr-only">(</span>
            <VersionKindBadge version={diff.from} />
            <span className="sr-only">)</span> with the version of{" "}
            <strong className="font-semibold">{toDate}</strong> <span className="sr-only">(</span>
            <VersionKindBadge version={diff.to} />
            <span className="sr-only">)</span>
            {reversed ? " (an older version second: read the changes backwards)" : ""}.{" "}
            <span className="no-print">
              <Link
                href={comparisonHref(company.slug, diff.from.id, diff.to.id, followed)}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Link to this comparison
              </Link>
              {followed.length ? (
                <>
                  {" "}
                  ·{" "}
                  <Link
                    href={comparisonHref(company.slug, diff.from.id, diff.to.id)}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    Every practice in order
                  </Link>
                </>
              ) : null}
            </span>
          </p>
          {latestChange && diff.to.id === latestChange.id ? (
            <StatedAfterNote
              name={company.name}
              stated={company.statedDate}
              recordedAt={latestChange.recordedAt}
            />
          ) : null}
          {gap && !requested ? (
            <p
              className="max-w-prose rounded-lg border border-slate-300 p-3 text-sm dark:border-slate-700"
              data-testid="since-latest-change"
            >
              The latest change listed is that of{" "}
              <a
                href={versionHref(gap.latestChange.id)}
                className="underline decoration-dotted underline-offset-2"
              >
                {gapDates[1]}
              </a>
              . {describeSinceLatestChange(gap.since)}{" "}
              <Link
                href={`/companies/${company.slug}/changes?from=${gap.latestChange.id}&to=${gap.latest.id}`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Compare the latest version ({gapDates[0]}) with the text of {gapDates[1]}
              </Link>
              .
            </p>
          ) : null}
          {diff.from.otherLanguage || diff.to.otherLanguage ? (
            <p className="rounded-lg border border-dashed border-slate-400 p-3 text-sm">
              {diff.to.otherLanguage ? "The later" : "The earlier"} version was recorded in another
              language than English: the clauses below differ because the text is a translation, not
              because {company.name} changed its policy.
            </p>
          ) : null}
          {diff.from.captureFailed || diff.to.captureFailed ? (
            <p className="rounded-lg border border-dashed border-slate-400 p-3 text-sm">
              {diff.to.captureFailed ? "The later" : "The earlier"} version is a failed capture:
              Open Terms Archive recorded a page that holds no policy (an error page, a cookie wall,
              a page cut short), so the clauses below differ because the capture failed, not because{" "}
              {company.name} changed its policy.
            </p>
          ) : null}
          {diff.to.kind === "technical" ? (
            <p className="rounded-lg border border-dashed border-slate-400 p-3 text-sm">
              This version is a re-extraction: Open Terms Archive changed how it reads the page, so
              these differences may not be changes by {company.name}.
            </p>
          ) : null}
          {diff.ratingChanges.length ? (
            <div className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
              <p className="text-sm font-semibold">
                Suggested ratings that changed (machine-read, not reviewed):
              </p>
              <RatingChanges changes={diff.ratingChanges} practiceNames={names} />
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {/* A rating follows the facts of the whole policy, and a fact's sentence may sit
                    in a clause tagged with another practice (TikTok's cookies rating moved with a
                    new consent clause filed under third-party sharing), so no one practice's
                    clauses can be named as the cause. */}
                The changed clauses are below, under the practices the machine tagged them with; the
                change behind a rating may be under another practice, since a rating reads facts
                from the whole policy.{" "}
                <AlertsChecked
                  audit={historyAuditOf(
                    diff.from.recordedAt > diff.to.recordedAt
                      ? diff.from.recordedAt
                      : diff.to.recordedAt,
                  )}
                />
              </p>
            </div>
          ) : null}
          {/* Hundreds of changed clauses (PayPal's rewrite: 408) are static: sent once, as HTML. */}
          <StaticHtml
            as="div"
            html={await renderStaticMarkup(
              <ClauseDiff diff={diff} practices={practices} followed={followed} />,
            )}
          />
        </section>
      ) : versions.length > 1 && !latestChange ? (
        <p className="max-w-prose rounded-lg border border-slate-300 p-3 text-sm dark:border-slate-700">
          None of the {versions.length.toLocaleString("en")} recorded versions changed a clause of
          the policy, so there is no change to show. To compare two versions anyway, choose them in
          the list below.
        </p>
      ) : null}

      {ratingMoves.length ? (
        <section aria-labelledby="ratings-title" className="space-y-3">
          <h2 id="ratings-title" className="text-xl font-semibold">
            Suggested ratings over time
          </h2>
          <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
            Each version is read by the machine with the same rules as the latest; these are the
            versions at which a suggested rating moved (machine-read, not reviewed)
            {backAndForthCount > 0 ? ", leaving out the page going back and forth" : ""}.
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {ratingMoves.slice(0, 30).map((v) => (
              <li key={v.id} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
                <Link
                  href={`/companies/${company.slug}/changes?from=${v.comparedTo!.id}&to=${v.id}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  <VersionDate iso={v.recordedAt} />
                </Link>
                <div>
                  <RatingChanges changes={v.ratingChanges} practiceNames={names} />
                  <SinceKept
                    comparedTo={v.comparedTo}
                    dateHref={versionHref(v.comparedTo!.id)}
                    sentence
                  />
                </div>
              </li>
            ))}
          </ul>
          {ratingMoves.length > 30 ? (
            <p className="text-sm">
              …and {ratingMoves.length - 30} earlier; the version list below shows them all.
            </p>
          ) : null}
        </section>
      ) : null}

      {versions.length > 0 ? (
        <section aria-labelledby="timeline-title" className="space-y-4">
          <h2 id="timeline-title" className="text-xl font-semibold">
            {listTitle}
          </h2>
          <VersionTimeline
            slug={company.slug}
            versions={shown}
            single={versions.length === 1}
            practiceNames={names}
            versionHref={versionHref}
            notes={notes}
            selected={diff ? { from: diff.from.id, to: diff.to.id } : {}}
            followed={followed}
          />
          {pageCount > 1 ? (
            <Pagination
              page={page}
              pageCount={pageCount}
              label="Versions"
              hrefFor={(n) => {
                const q = new URLSearchParams();
                if (diff) {
                  q.set("from", String(diff.from.id));
                  q.set("to", String(diff.to.id));
                  for (const p of followed) q.append("practice", p);
                }
                q.set("page", String(n));
                return `/companies/${company.slug}/changes?${q}`;
              }}
            />
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
