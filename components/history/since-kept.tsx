import type { VersionSummary } from "@/lib/queries/history";
import { VersionDate } from "./version-date";

/**
 * After a change's counts, when they are not counted from the version just before it: a change
 * that stuck after the page went back and forth is counted from the text the page last kept,
 * and the reader must not take the counts for what undid the short-lived text in between.
 * After versions recorded in another language it is the last English text before them; after
 * failed captures (an error page, a cookie wall), the last text recorded whole.
 * `sentence` says it on its own ("Counted from …."), where no counts come before it.
 */
export function SinceKept({
  comparedTo,
  dateHref,
  sentence = false,
  withTime = false,
}: {
  comparedTo: VersionSummary["comparedTo"];
  /**
   * Where that version's row is, when the page shows it: a plain link, as a fragment navigation
   * opens the collapsed run of the timeline that may hold the row (version-timeline.tsx).
   */
  dateHref?: string;
  sentence?: boolean;
  /** Its time too, where the list names another version of the same day. */
  withTime?: boolean;
}) {
  if (!comparedTo?.sinceKept) return null;
  const date = <VersionDate iso={comparedTo.recordedAt} withTime={withTime} />;
  return (
    <span data-testid="since-kept" className={sentence ? "block text-sm" : undefined}>
      {sentence ? "Counted from the text of " : ", counted from the text of "}
      {dateHref ? (
        <a
          href={dateHref}
          className="whitespace-nowrap underline decoration-dotted underline-offset-2"
        >
          {date}
        </a>
      ) : (
        <span className="whitespace-nowrap">{date}</span>
      )}
      {/* Translations and failed captures are skipped, not kept or undone: the reason differs. */}
      {comparedTo.overOtherLanguage
        ? ", the last in English"
        : comparedTo.overFailedCapture
          ? ", the last recorded whole"
          : ", the last the page kept"}
      {sentence ? "." : ""}
    </span>
  );
}
