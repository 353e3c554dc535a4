import Link from "@/components/app-link";
import { backAndForthNoteText } from "@/lib/history/back-and-forth-note-text";
import type { BackAndForthNote } from "@/lib/history/back-and-forth-notes";
import { collapseHiddenRuns, describeHiddenRun } from "@/lib/history/hidden-runs";
import { versionPageHref } from "@/lib/history/version-href";
import { versionStatus } from "@/lib/history/version-status";
import type { VersionSummary } from "@/lib/queries/history";
import { ChangeCounts } from "./change-counts";
import { RatingChanges } from "./rating-changes";
import { SinceKept } from "./since-kept";
import { RevealTarget } from "./reveal-target";
import {
  formatVersionDate,
  formatVersionDateTime,
  isoDay,
  sharedDays,
  VersionDate,
} from "./version-date";
import { VersionKindBadge } from "./version-kind";

/** The cell that picks a version as one end of the comparison. */
function CompareRadio({
  end,
  version,
  checked,
  withTime,
  quiet = false,
}: {
  end: "from" | "to";
  version: VersionSummary;
  checked: boolean;
  /** Another version was recorded the same day: the name gives the time too, as the row does. */
  withTime: boolean;
  /** The row's first cell carries the dashed edge of a version that is not a change. */
  quiet?: boolean;
}) {
  return (
    <td
      className={`no-print border-l-4 px-2 py-2 align-top ${quiet ? "border-dashed border-l-slate-400 dark:border-l-slate-500" : "border-l-transparent"}`}
    >
      {/* The label is the radio's hit area: 32 px square on a phone, where a 16 px radio is fiddly. */}
      <label className="-m-2 flex size-8 cursor-pointer items-center justify-center">
        <input
          type="radio"
          name={end}
          value={version.id}
          defaultChecked={checked}
          aria-label={`Compare ${end} the version of ${(withTime ? formatVersionDateTime : formatVersionDate)(version.recordedAt)}`}
          className="size-4 accent-sky-700"
        />
      </label>
    </td>
  );
}

/**
 * How a version takes part in a page going back and forth, told so that each row agrees with its
 * badge and with the rows it points to (lib/history/back-and-forth-note-text.ts). The dates are
 * plain links, not Next's <Link>: a plain fragment navigation is what makes the browser open a
 * collapsed run holding the row (Next scrolls by script and leaves <details> shut).
 */
function BackAndForthNoteText({
  note,
  versionHref,
  sameDay,
}: {
  note: BackAndForthNote;
  versionHref: (id: number) => string;
  sameDay: Set<string>;
}) {
  return backAndForthNoteText(note).map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <a
        key={i}
        href={versionHref(part.id)}
        className="whitespace-nowrap underline decoration-dotted underline-offset-2"
      >
        {sameDay.has(isoDay(part.recordedAt))
          ? formatVersionDateTime(part.recordedAt)
          : formatVersionDate(part.recordedAt)}
      </a>
    ),
  );
}

type RowProps = {
  slug: string;
  version: VersionSummary;
  single: boolean;
  note: BackAndForthNote | undefined;
  practiceNames: Map<string, string>;
  versionHref: (id: number) => string;
  defaultFrom: number | undefined;
  defaultTo: number | undefined;
  /** Days on which the list holds more than one version: those rows give their time too. */
  sameDay: Set<string>;
};

/** One recorded version: the two radios, its date and badge, what changed since it is compared. */
function VersionRow({
  slug,
  version: v,
  single,
  note,
  practiceNames,
  versionHref,
  defaultFrom,
  defaultTo,
  sameDay,
}: RowProps) {
  const status = versionStatus(v);
  // Not a change by the company: set apart by a tint and an edge, in readable text.
  const quiet =
    status === "back-and-forth" ||
    status === "technical" ||
    status === "other-language" ||
    status === "capture-failed";
  // Its clauses all differ from the policy's: counting them or naming their practices would mislead.
  const unread = status === "other-language" || status === "capture-failed";
  return (
    <tr
      id={`version-${v.id}`}
      data-status={status}
      className={quiet ? "bg-slate-100 text-slate-800 dark:bg-slate-900 dark:text-slate-200" : ""}
    >
      {single ? null : (
        <>
          <CompareRadio
            end="from"
            version={v}
            checked={v.id === defaultFrom}
            withTime={sameDay.has(isoDay(v.recordedAt))}
            quiet={quiet}
          />
          <CompareRadio
            end="to"
            version={v}
            checked={v.id === defaultTo}
            withTime={sameDay.has(isoDay(v.recordedAt))}
          />
        </>
      )}
      <td className="px-2 py-2 align-top whitespace-nowrap">
        {/* The version's whole text, to read or cite a clause as it stood then. */}
        <Link
          href={versionPageHref(slug, v.id)}
          // Padded to a 24 px hit area or more, the margin keeping the row as it was.
          className="-my-1 inline-block py-1 text-sky-800 underline dark:text-sky-300"
          aria-label={`Read the version of ${
            sameDay.has(isoDay(v.recordedAt))
              ? formatVersionDateTime(v.recordedAt)
              : formatVersionDate(v.recordedAt)
          }`}
        >
          <VersionDate iso={v.recordedAt} withTime={sameDay.has(isoDay(v.recordedAt))} stacked />
        </Link>
        {/* The curated five's one version is a Wayback Machine copy, not a recording. */}
        {single ? null : (
          <div className="mt-1">
            <VersionKindBadge version={v} />
          </div>
        )}
      </td>
      <td className="px-2 py-2 align-top break-words">
        {v.comparedTo ? (
          <>
            <Link
              href={`/companies/${slug}/changes?from=${v.comparedTo.id}&to=${v.id}`}
              className="text-sky-800 underline dark:text-sky-300"
            >
              {status === "other-language" ? (
                "Recorded in another language — not a change"
              ) : status === "capture-failed" ? (
                "A page with no policy on it — not a change"
              ) : (
                <ChangeCounts added={v.added} removed={v.removed} modified={v.modified} />
              )}
            </Link>
            <SinceKept
              comparedTo={v.comparedTo}
              dateHref={versionHref(v.comparedTo.id)}
              withTime={sameDay.has(isoDay(v.comparedTo.recordedAt))}
            />
            {note ? (
              <span className="block text-xs" data-testid="back-and-forth-note">
                <BackAndForthNoteText note={note} versionHref={versionHref} sameDay={sameDay} />
              </span>
            ) : null}
            {v.changedPractices.length && !unread ? (
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {v.changedPractices.map((p) => practiceNames.get(p) ?? p).join(", ")}
              </span>
            ) : null}
            {/* Ratings that flicker with the page are noise: the row says why it is greyed. */}
            {v.ratingChanges.length && !v.backAndForth ? (
              <div className="mt-1">
                <span className="sr-only">Suggested ratings changed: </span>
                <RatingChanges changes={v.ratingChanges} practiceNames={practiceNames} />
              </div>
            ) : null}
          </>
        ) : (
          <span>
            {v.clauseCount} clause{v.clauseCount === 1 ? "" : "s"},{" "}
            {single
              ? "the only version archived"
              : v.seq > 1
                ? "the first version recorded in English"
                : "the earliest version recorded"}
          </span>
        )}
      </td>
    </tr>
  );
}

/*
 * Fixed column widths, shared by the table and the tables of its collapsed runs, so that a run's
 * rows line up with the rest when it is opened.
 */
function Columns({ single }: { single: boolean }) {
  return (
    <colgroup>
      {single ? null : (
        <>
          <col className="no-print w-12 sm:w-14" />
          <col className="no-print w-12 sm:w-14" />
        </>
      )}
      <col className="w-32 sm:w-36" />
      <col />
    </colgroup>
  );
}

/**
 * The recorded versions, newest first, as a plain GET form: pick "from" and "to" and compare
 * (works without JavaScript). Each version links to what changed since the version it is
 * compared with: the one before it (which may sit on the next page), or, for a change that stuck
 * after the page went back and forth, the text the page last kept, and then the row says so.
 * A long run of versions that are not changes (lib/history/hidden-runs.ts) is one row, a native
 * <details> that opens to them: closed unless it holds an end of the comparison shown; a link to
 * a row inside it opens it (the browser does so on a fragment navigation, RevealTarget else).
 */
export function VersionTimeline({
  slug,
  versions,
  single,
  practiceNames,
  versionHref,
  notes,
  selected,
  followed = [],
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
  /** The practice the comparison leads with, kept when two other versions are chosen. */
  followed?: string[];
}) {
  const defaultTo = selected.to ?? versions[0]?.id;
  const defaultFrom = selected.from ?? versions[1]?.id ?? versions[0]?.id;
  const sameDay = sharedDays(versions.map((v) => v.recordedAt));
  const row = (v: VersionSummary) => (
    <VersionRow
      key={v.id}
      slug={slug}
      version={v}
      single={single}
      note={notes.get(v.id)}
      practiceNames={practiceNames}
      versionHref={versionHref}
      defaultFrom={defaultFrom}
      defaultTo={defaultTo}
      sameDay={sameDay}
    />
  );
  return (
    // The comparison opens at its heading: the button sits at the foot of a long list, and a
    // page that came back at its top showed no sign that anything had been compared.
    <form method="get" action={`/companies/${slug}/changes#diff-title`} className="space-y-3">
      <RevealTarget />
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Recorded versions, newest first</caption>
          <Columns single={single} />
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {single ? null : (
                <>
                  <th scope="col" className="no-print px-1.5 py-2 sm:px-2">
                    From
                  </th>
                  <th scope="col" className="no-print px-1.5 py-2 sm:px-2">
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
            {collapseHiddenRuns(versions).map((segment) => {
              if (segment.kind === "row") return row(segment.version);
              const run = segment.versions;
              const open = run.some((v) => v.id === selected.from || v.id === selected.to);
              return (
                <tr key={`run-${run[0]!.id}`} data-testid="hidden-run">
                  <td colSpan={single ? 2 : 4} className="p-0">
                    <details open={open} className="group">
                      <summary className="flex cursor-pointer items-baseline gap-2 border-l-4 border-dashed border-l-slate-400 bg-slate-100 px-3 py-2 text-slate-800 hover:bg-slate-200 dark:border-l-slate-500 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800">
                        <span
                          aria-hidden
                          className="inline-block transition-transform group-open:rotate-90"
                        >
                          ▸
                        </span>
                        <span>
                          <span className="font-medium">{describeHiddenRun(run)}</span>
                          <span className="no-print text-slate-600 dark:text-slate-400">
                            {" "}
                            (<span className="group-open:hidden">show</span>
                            <span className="hidden group-open:inline">hide</span> them)
                          </span>
                        </span>
                      </summary>
                      <table className="w-full table-fixed text-left text-sm">
                        <caption className="sr-only">{describeHiddenRun(run)}</caption>
                        <Columns single={single} />
                        <tbody className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
                          {run.map(row)}
                        </tbody>
                      </table>
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {versions.length > 1 ? (
        <div className="no-print flex flex-wrap items-end gap-3">
          {/* How one practice changed between two dates: its clauses first in the comparison. */}
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">Clauses about</span>
            <select
              name="practice"
              defaultValue={followed[0] ?? ""}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
            >
              <option value="">Every practice</option>
              {[...practiceNames].map(([slug, name]) => (
                <option key={slug} value={slug}>
                  {name} first
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600"
          >
            Compare the selected versions
          </button>
        </div>
      ) : null}
    </form>
  );
}
