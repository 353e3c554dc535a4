import Link from "next/link";
import type { VersionSummary } from "@/lib/queries/history";
import { ChangeCounts } from "./change-counts";
import { RatingChanges } from "./rating-changes";
import { formatVersionDate, VersionDate } from "./version-date";
import { VersionKindBadge } from "./version-kind";

/** The cell that picks a version as one end of the comparison. */
function CompareRadio({
  end,
  version,
  checked,
}: {
  end: "from" | "to";
  version: VersionSummary;
  checked: boolean;
}) {
  return (
    <td className="no-print px-2 py-2 align-top">
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
 * The recorded versions, newest first, as a plain GET form: pick "from" and "to" and compare
 * (works without JavaScript). Each version links to what changed since the one before it.
 * `previousOf` maps a version to the version recorded just before it (which may sit on the
 * next page).
 */
export function VersionTimeline({
  slug,
  versions,
  previousOf,
  practiceNames,
  versionHref,
  selected,
}: {
  slug: string;
  versions: VersionSummary[];
  previousOf: Map<number, number>;
  practiceNames: Map<string, string>;
  /** Where a version's row is (it may sit on another page of the list). */
  versionHref: (id: number) => string;
  selected: { from?: number; to?: number };
}) {
  // One version in all (the curated five): nothing to compare, so no choosing.
  const single = versions.length === 1 && previousOf.size === 0;
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
              const previous = previousOf.get(v.id);
              return (
                <tr
                  key={v.id}
                  id={`version-${v.id}`}
                  className={
                    v.kind === "technical" || v.returnsTo
                      ? "text-slate-600 dark:text-slate-400"
                      : ""
                  }
                >
                  {single ? null : (
                    <>
                      <CompareRadio end="from" version={v} checked={v.id === defaultFrom} />
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
                    {previous ? (
                      <>
                        <Link
                          href={`/companies/${slug}/changes?from=${previous}&to=${v.id}`}
                          className="text-sky-800 underline dark:text-sky-300"
                        >
                          <ChangeCounts added={v.added} removed={v.removed} modified={v.modified} />
                        </Link>
                        {v.returnsTo ? (
                          <span className="block text-xs">
                            Back to the text of{" "}
                            <Link
                              href={versionHref(v.returnsTo.id)}
                              className="underline decoration-dotted"
                            >
                              {formatVersionDate(v.returnsTo.recordedAt)}
                            </Link>
                            {v.backAndForth ? " (not listed among the atlas’s changes)" : ""}
                          </span>
                        ) : v.backAndForth ? (
                          <span className="block text-xs">
                            Short-lived: the page soon showed an earlier text again (not listed
                            among the atlas&rsquo;s changes)
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
