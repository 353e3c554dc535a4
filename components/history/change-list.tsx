import Link from "@/components/app-link";
import { comparisonHref, followedFirst } from "@/lib/history/comparison-href";
import { describeChange } from "@/lib/history/describe-changes";
import type { ChangeEntry } from "@/lib/queries/history";
import { sectorName } from "@/lib/sectors";
import { ChangeCounts } from "./change-counts";
import { SinceKept } from "./since-kept";
import { isoDay, VersionDate } from "./version-date";

/**
 * Changes across the atlas, newest first: company, date, one-line summary, link to the diff.
 * Filtered on practices, each summary names them first and its link opens the comparison on
 * their clauses.
 */
export function ChangeList({
  entries,
  practiceNames,
  followed = [],
}: {
  entries: ChangeEntry[];
  practiceNames: Map<string, string>;
  followed?: string[];
}) {
  // Dates a company shows twice on one day (two changes, or a change and the text it says it
  // is counted from) are told apart by their time; a date shown once needs none.
  const shown = (e: ChangeEntry) =>
    e.comparedTo.sinceKept ? [e.recordedAt, e.comparedTo.recordedAt] : [e.recordedAt];
  const days = new Map<string, number>();
  for (const e of entries)
    for (const iso of shown(e)) {
      const key = `${e.company.slug} ${isoDay(iso)}`;
      days.set(key, (days.get(key) ?? 0) + 1);
    }
  const shared = (e: ChangeEntry, iso: string) =>
    (days.get(`${e.company.slug} ${isoDay(iso)}`) ?? 0) > 1;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {entries.map((e) => (
        <li key={e.id} className="space-y-1 p-3 sm:p-4">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link
              href={`/companies/${e.company.slug}`}
              className="font-semibold hover:text-sky-800 hover:underline dark:hover:text-sky-300"
            >
              {e.company.name}
            </Link>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {/* The day Open Terms Archive recorded the text, not the policy's own date. */}
              recorded <VersionDate iso={e.recordedAt} withTime={shared(e, e.recordedAt)} /> ·{" "}
              {sectorName(e.company.sector)}
            </span>
          </div>
          <p>
            <Link
              href={comparisonHref(e.company.slug, e.comparedTo.id, e.id, followed)}
              className="text-sky-800 underline dark:text-sky-300"
            >
              {describeChange(
                e.changedClauses,
                followedFirst(e.changedPractices, followed).map((p) => practiceNames.get(p) ?? p),
              )}
            </Link>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <ChangeCounts added={e.added} removed={e.removed} modified={e.modified} />
            <SinceKept comparedTo={e.comparedTo} withTime={shared(e, e.comparedTo.recordedAt)} />
          </p>
        </li>
      ))}
    </ol>
  );
}
