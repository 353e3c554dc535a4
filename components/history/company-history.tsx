import Link from "@/components/app-link";
import type { HistoryOverview } from "@/lib/queries/history";
import { ChangeCounts } from "./change-counts";
import { SinceKept } from "./since-kept";
import { versionStatus } from "@/lib/history/version-status";
import { formatVersionDate, VersionDate } from "./version-date";
import { VersionKindBadge } from "./version-kind";

/** What the count of versions includes that is not a change by the company, in words. */
function asides(overview: HistoryOverview, name: string): string {
  const parts = [
    overview.technicalCount
      ? `${overview.technicalCount.toLocaleString("en")} of them ${overview.technicalCount === 1 ? "a re-extraction by Open Terms Archive, not a change" : "re-extractions by Open Terms Archive, not changes"} by ${name}, left out below`
      : null,
    overview.backAndForthCount
      ? `${overview.backAndForthCount.toLocaleString("en")} of them the page switching back and forth between texts within days, left out below`
      : null,
    overview.layoutOnlyCount
      ? `${overview.layoutOnlyCount.toLocaleString("en")} of them ${overview.layoutOnlyCount === 1 ? "a change" : "changes"} to the page’s layout that changed no clause, left out below`
      : null,
    overview.otherLanguageCount
      ? `${overview.otherLanguageCount.toLocaleString("en")} of them recorded in another language, not ${overview.otherLanguageCount === 1 ? "a change" : "changes"} by ${name}, left out below`
      : null,
    overview.failedCaptureCount
      ? `${overview.failedCaptureCount.toLocaleString("en")} of them ${overview.failedCaptureCount === 1 ? "a failed capture" : "failed captures"} (a page that held no policy), left out below`
      : null,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

/** The company page's history section: how many versions, the latest few, a way to compare. */
export function CompanyHistory({
  slug,
  name,
  overview,
  practiceNames,
}: {
  slug: string;
  name: string;
  overview: HistoryOverview;
  practiceNames: Map<string, string>;
}) {
  const { versionCount } = overview;
  // "The latest changes" are changes: the first recording is in the sentence's "since".
  const recent = overview.recent.filter((v) => versionStatus(v) === "change");
  const link = "text-sky-800 underline dark:text-sky-300";
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-xl font-semibold">
        Policy history
      </h2>
      {versionCount === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          No recorded version has been loaded yet.
        </p>
      ) : versionCount === 1 ? (
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          One archived version
          {overview.firstRecordedAt ? ` (${formatVersionDate(overview.firstRecordedAt)})` : ""}: the
          atlas has no earlier or later version of {name}&rsquo;s policy to compare.{" "}
          <Link href={`/companies/${slug}/changes`} className={link}>
            Its history page
          </Link>{" "}
          says the same.
        </p>
      ) : (
        <>
          <p className="max-w-prose text-slate-700 dark:text-slate-300">
            {versionCount.toLocaleString("en")} versions recorded since{" "}
            {formatVersionDate(overview.firstRecordedAt!)}
            {asides(overview, name)}.
            {recent.length
              ? ` The latest change${recent.length === 1 ? "" : "s"}:`
              : " No change to the policy’s clauses is listed since the first version recorded."}
          </p>
          {recent.length ? (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
              {recent.map((v) => (
                <li key={v.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
                  <VersionDate iso={v.recordedAt} />
                  <VersionKindBadge version={v} />
                  {v.comparedTo ? (
                    <span>
                      <Link
                        href={`/companies/${slug}/changes?from=${v.comparedTo.id}&to=${v.id}`}
                        className={link}
                      >
                        <ChangeCounts added={v.added} removed={v.removed} modified={v.modified} />
                      </Link>
                      <SinceKept comparedTo={v.comparedTo} />
                    </span>
                  ) : null}
                  {v.changedPractices.length ? (
                    <span className="text-slate-600 dark:text-slate-400">
                      {v.changedPractices.map((p) => practiceNames.get(p) ?? p).join(", ")}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href={`/companies/${slug}/changes`} className={link}>
              All {versionCount.toLocaleString("en")} versions, and compare any two
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
