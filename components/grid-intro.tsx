import Link from "@/components/app-link";
import type { ReactNode } from "react";

const LINK = "text-sky-800 underline dark:text-sky-300";

/**
 * The grid's opening words. On a phone they are one line and a fold, so that the comparison's
 * first row shows on the first screen (nine lines of reading before the grid pushed it below,
 * with four companies picked); from the `sm` width up they are one paragraph, as before. The two
 * copies are shown by CSS alone, so neither needs JavaScript or moves the page once drawn.
 * On paper the quotes are printed open and links lead nowhere, so the words that invite the
 * reader to open or follow them are not printed.
 */
export function GridIntro({
  machine,
  curated,
  years,
  undated,
  recorded,
}: {
  /** How many machine-read and curated companies the grid shows. */
  machine: number;
  curated: number;
  /** "2009–2013": the curated policies' own dates; "2025–2026": when the others were recorded. */
  years: string | null;
  /** Curated policies shown that state no date of their own, so `years` does not span them. */
  undated: number;
  recorded: string | null;
}) {
  // Centercode's policy states no date: "dated 2009–2012" alone would date it too.
  const dated = years
    ? ` dated ${years}${undated ? ` (${undated === 1 ? "one states" : `${undated} state`} no date)` : ""}`
    : "";
  const lead =
    machine === 0
      ? "What each company’s privacy policy said, practice by practice"
      : "What each company’s privacy policy says, practice by practice";
  const howWeRate = (
    <Link href="/methodology" className={LINK}>
      how we rate
    </Link>
  );
  // The rest of the paragraph; `first` when it opens a sentence of its own (in the fold).
  const rest = (first: boolean): ReactNode =>
    machine === 0 ? (
      <>
        {first ? "These" : ". These"} are archived copies
        {dated ? ` of policies${dated}` : ""}, not the companies&rsquo; current terms: each column
        gives the policy&rsquo;s own date and when it was archived. Summaries are ours
        <span className="no-print">
          ; open a cell&rsquo;s clauses to read the company&rsquo;s own words, or follow a rating to{" "}
          {howWeRate}
        </span>
        .
      </>
    ) : (
      <>
        {first ? "Each column is the copy we hold" : ", in the copy we hold"} (not necessarily
        today&rsquo;s terms: each column gives the policy&rsquo;s own date and when the copy was
        archived or recorded).{" "}
        {curated > 0 && `Curated columns are archived policies${dated} with our summaries; `}
        {curated > 0 ? "machine-read" : "Machine-read"} columns are policies recorded by Open Terms
        Archive{recorded ? ` in ${recorded}` : ""}, read by software: their ratings are suggestions,
        not reviewed.
        <span className="no-print">
          {" "}
          Open a cell&rsquo;s clauses to read the company&rsquo;s own words, or see {
            howWeRate
          } and{" "}
          <Link href="/methodology#machine-reading" className={LINK}>
            how accurate machine reading is
          </Link>
          .
        </span>
      </>
    );
  return (
    <>
      <p className="text-sm text-slate-700 sm:text-base dark:text-slate-300">
        {lead}
        <span className="sm:hidden">.</span>
        <span className="hidden sm:inline">{rest(false)}</span>
      </p>
      <details className="text-sm text-slate-700 sm:hidden dark:text-slate-300">
        <summary className="cursor-pointer text-sky-800 underline dark:text-sky-300">
          {machine === 0 ? "What these columns are" : "What these columns are, and who read them"}
        </summary>
        <p className="mt-1">{rest(true)}</p>
      </details>
    </>
  );
}
