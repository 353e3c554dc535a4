import { FoldToggleWords } from "../fold-toggle-words";
import { nameList } from "@/lib/name-list";
import { formatVersionDate } from "./version-date";

type Counts = {
  technical: number;
  layoutOnly: number;
  backAndForth: number;
  otherLanguage: number;
  failedCapture: number;
};

const n = (count: number) => count.toLocaleString("en");
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * The history page's opening: how many versions over which years, then, folded, what the
 * versions that are not changes are. Spelled out in full, the four explanations filled a phone's
 * first screen (17 lines for TikTok) before the first change; folded, the counts stay in view and
 * the explanations are one tap away (a native <details>: no JavaScript needed).
 */
export function HistoryIntro({
  versionCount,
  from,
  to,
  counts,
}: {
  versionCount: number;
  from: string;
  to: string;
  counts: Counts;
}) {
  const { technical, layoutOnly, backAndForth, otherLanguage, failedCapture } = counts;
  const kinds = [
    technical ? `${n(technical)} ${plural(technical, "re-extraction", "re-extractions")}` : null,
    layoutOnly ? `${n(layoutOnly)} layout only` : null,
    backAndForth ? `${n(backAndForth)} back and forth` : null,
    otherLanguage ? `${n(otherLanguage)} in another language` : null,
    failedCapture
      ? `${n(failedCapture)} ${plural(failedCapture, "failed capture", "failed captures")}`
      : null,
  ].filter((k): k is string => k !== null);
  const opening = `${n(versionCount)} versions recorded by Open Terms Archive, from ${formatVersionDate(from)} to ${formatVersionDate(to)}.`;
  if (!kinds.length)
    return <p className="max-w-prose text-slate-700 dark:text-slate-300">{opening}</p>;
  return (
    <div className="max-w-prose space-y-1 text-slate-700 dark:text-slate-300">
      <p>{opening}</p>
      <details className="group" data-testid="history-kinds">
        <summary className="cursor-pointer">
          Not listed as changes: {nameList(kinds)} <FoldToggleWords />
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {technical ? (
            <li>
              {n(technical)}{" "}
              {plural(technical, "version is a re-extraction", "versions are re-extractions")},
              marked &ldquo;Re-extraction&rdquo;: Open Terms Archive reading the page anew, not{" "}
              {plural(technical, "a change", "changes")} by the company.
            </li>
          ) : null}
          {layoutOnly ? (
            <li>
              {n(layoutOnly)} {plural(layoutOnly, "version is", "versions are")} marked
              &ldquo;Layout only&rdquo;: the page changed (its layout, or only its typography:
              quotes, dashes, spaces) but not a word of its clauses, so{" "}
              {plural(layoutOnly, "it is", "they are")} not listed among the atlas&rsquo;s changes
              or in the feeds.
            </li>
          ) : null}
          {backAndForth ? (
            <li>
              {n(backAndForth)} {plural(backAndForth, "version is", "versions are")} the page going
              back and forth between texts within days (a variant served on alternate days, a text
              withdrawn soon after): shaded and marked &ldquo;Back and forth&rdquo;, and not listed
              among the atlas&rsquo;s changes or in the feeds.
            </li>
          ) : null}
          {otherLanguage ? (
            <li>
              {n(otherLanguage)} {plural(otherLanguage, "version was", "versions were")} recorded in
              another language than English (a translation the page showed for a while): marked
              &ldquo;Another language&rdquo;, not listed among the atlas&rsquo;s changes or in the
              feeds, and left out of the suggested ratings; the next English version is compared
              with the English text before {plural(otherLanguage, "it", "them")}.
            </li>
          ) : null}
          {failedCapture ? (
            <li>
              {n(failedCapture)}{" "}
              {plural(failedCapture, "version is a failed capture", "versions are failed captures")}
              : Open Terms Archive recorded a page that holds no policy (an error page, a cookie
              wall, a page cut short), far shorter than the text before it and speaking to almost no
              practice. Marked &ldquo;Failed capture&rdquo;, not listed among the atlas&rsquo;s
              changes or in the feeds, and left out of the suggested ratings; the next version is
              compared with the last text recorded whole.
            </li>
          ) : null}
        </ul>
      </details>
    </div>
  );
}
