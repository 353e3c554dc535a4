import Link from "next/link";
import { backAndForthNoteText } from "@/lib/history/back-and-forth-note-text";
import type { BackAndForthNote } from "@/lib/history/back-and-forth-notes";
import { versionStatus } from "@/lib/history/version-status";
import type { VersionSummary } from "@/lib/queries/history";
import { ChangeCounts } from "./change-counts";
import { RatingChanges } from "./rating-changes";
import { SinceKept } from "./since-kept";
import { formatVersionDate, VersionDate } from "./version-date";
import { VersionKindBadge } from "./version-kind";

/** The cell that picks a version as one end of the comparison. */
function CompareRadio({
  end,
  version,
  checked,
  quiet = false,
}: {
  end: "from" | "to";
  version: VersionSummary;
  checked: boolean;
  /** The row's first cell carries the dashed edge of a version that is not a change. */
  quiet?: boolean;
}) {
  return (
    <td
      className={`no-print border-l-4 px-2 py-2 align-top ${quiet ? "border-dashed border-l-slate-400 dark:border-l-slate-500" : "border-l-transparent"}`}
    >
      <input
        type="radio"
        name={end}
        value={version.id}
        defaultChecked={checked}
        aria-label={`Compare ${end} the version of ${version.recordedAt.slice(0, 10)}`}
        className="size-4 accent-sky-700"
      />
    </td>
  );
}

/**
 * How a version takes part in a page going back and forth, told so that each row agrees with its
 * badge and with the rows it points to (lib/history/back-and-forth-note-text.ts).
 */
function BackAndForthNoteText({
  note,
  versionHref,
}: {
  note: BackAndForthNote;
  versionHref: (id: number) => string;
}) {
  return backAndForthNoteText(note).map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <Link
        key={i}
        href={versionHref(part.id)}
        className="whitespace-nowrap underline decoration-dotted underline-offset-2"
      >
        {formatVersionDate(part.recordedAt)}
      </Link>
    ),
  );
}

/**
 * The recorded versions, newest first, as a plain GET form: pick "from" and "to" and compare
 * (works without JavaScript). Each version links to what changed since the version it is
 * compared with: the one before it (which may sit on the next page), or, for a change that stuck
 * after the page went back and forth, the text the page last kept, and then the row says so.
 */
export function VersionTimeline({
  slug,
  versions,
  single,
  practiceNames,
  versionHref,
  notes,
  selected,
}: {
  slug: string;
  versions: VersionSummary[];
  /** One version in all (the curated five): nothing to compare, so no choosing. */
  single: boolean;
  /** What each version returning to or flickering between texts did (from the whole history). */
  notes: Map<number, BackAndForthNote>;
  practiceNames: Map<string, string>;
  /** Where a version's row is (it may sit on another page of the list). */
  versionHref: (id: number) => string;
  selected: { from?: number; to?: number };
}) {
  const defaultTo = selected.to ?? versions[0]?.id;
  const defaultFrom = selected.from ?? versions[1]?.id ?? versions[0]?.id;
  return (
    <form method="get" action={`/companies/${slug}/changes`} className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Recorded versions, newest first</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {single ? null : (
                <>
                  <th scope="col" className="no-print px-2 py-2">
                    From
                  </th>
                  <th scope="col" className="no-print px-2 py-2">
                    To
                  </th>
                </>
              )}
              <th scope="col" className="px-2 py-2">
                {single ? "Archived" : "Recorded"}
              </th>
              <th scope="col" className="px-2 py-2">
                What changed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {versions.map((v) => {
              const status = versionStatus(v);
              const note = notes.get(v.id);
              // Not a change by the company: set apart by a tint and an edge, in readable text.
              const quiet = status === "back-and-forth" || status === "technical";
              return (
                <tr
                  key={v.id}
                  id={`version-${v.id}`}
                  data-status={status}
                  className={
                    quiet ? "bg-slate-100 text-slate-800 dark:bg-slate-900 dark:text-slate-200" : ""
                  }
                >
                  {single ? null : (
                    <>
                      <CompareRadio
                        end="from"
                        version={v}
                        checked={v.id === defaultFrom}
                        quiet={quiet}
                      />
                      <CompareRadio end="to" version={v} checked={v.id === defaultTo} />
                    </>
                  )}
                  <td className="px-2 py-2 align-top whitespace-nowrap">
                    <VersionDate iso={v.recordedAt} />
                    {/* The curated five's one version is a Wayback Machine copy, not a recording. */}
                    {single ? null : (
                      <div className="mt-1">
                        <VersionKindBadge version={v} />
                      </div>
                    )}
                  </td>
                  <td className="px-2 py-2 align-top">
                    {v.comparedTo ? (
                      <>
                        <Link
                          href={`/companies/${slug}/changes?from=${v.comparedTo.id}&to=${v.id}`}
                          className="text-sky-800 underline dark:text-sky-300"
                        >
                          <ChangeCounts added={v.added} removed={v.removed} modified={v.modified} />
                        </Link>
                        <SinceKept
                          comparedTo={v.comparedTo}
                          dateHref={versionHref(v.comparedTo.id)}
                        />
                        {note ? (
                          <span className="block text-xs" data-testid="back-and-forth-note">
                            <BackAndForthNoteText note={note} versionHref={versionHref} />
                          </span>
                        ) : null}
                        {v.changedPractices.length ? (
                          <span className="block text-xs text-slate-600 dark:text-slate-400">
                            {v.changedPractices.map((p) => practiceNames.get(p) ?? p).join(", ")}
                          </span>
                        ) : null}
                        {/* Ratings that flicker with the page are noise: the row says why it is greyed. */}
                        {v.ratingChanges.length && !v.backAndForth ? (
                          <div className="mt-1">
                            <span className="sr-only">Suggested ratings changed: </span>
                            <RatingChanges
                              changes={v.ratingChanges}
                              practiceNames={practiceNames}
                            />
                          </div>
                        ) : null}
                      </>
                    ) : (
                      <span>
                        {v.clauseCount} clause{v.clauseCount === 1 ? "" : "s"},{" "}
                        {single ? "the only version archived" : "the earliest version recorded"}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {versions.length > 1 ? (
        <button
          type="submit"
          className="no-print rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600"
        >
          Compare the selected versions
        </button>
      ) : null}
    </form>
  );
}
