import type { CompanySummary } from "@/lib/queries/companies";
import { formatDay, formatStatedDate } from "./stated-date";

/** What both renderings of the dates read (this component and policyDatesHtml, grid-table-html.ts). */
export type PolicyDatesInput = Pick<
  CompanySummary,
  | "effectiveDate"
  | "effectiveDateLabel"
  | "archivedOn"
  | "recordedBy"
  | "recordedLongAgo"
  | "statedAfterRecorded"
>;

/**
 * The two dates a reader needs to judge how old a compared policy is: the date the policy
 * states for itself (and what kind of date it is, unless the policy only says "Date:"), and when
 * the copy we quote was archived (a curated policy, Wayback Machine) or recorded (a machine-read
 * one, Open Terms Archive). A recording long before the corpus's newest says the service's
 * policy may have changed since. A date later than the recording is the day a policy published
 * ahead takes effect (Snapchat's "effective 21 September 2026", recorded Aug 5): the column says
 * so, lest it read as the policy in force on the day recorded.
 */
/** Said after the day recorded when the policy's own date is later (grid-table-html.ts says it too). */
const AHEAD = ", ahead of that date";

export function PolicyDates({
  company,
  className = "",
}: {
  company: PolicyDatesInput;
  className?: string;
}) {
  const kind = company.effectiveDateLabel?.toLowerCase() ?? "effective";
  const ahead = company.statedAfterRecorded && company.effectiveDate;
  return (
    <span className={`block text-slate-600 dark:text-slate-400 ${className}`}>
      <span className="block">
        {ahead && kind === "effective" ? (
          <>
            Policy takes effect{" "}
            <time dateTime={company.effectiveDate!}>
              {formatStatedDate(company.effectiveDate!)}
            </time>
          </>
        ) : company.effectiveDate ? (
          <>
            Policy dated{" "}
            <time dateTime={company.effectiveDate}>{formatStatedDate(company.effectiveDate)}</time>
            {kind !== "dated" && (
              <>
                {" "}
                <span className="whitespace-nowrap">({kind})</span>
              </>
            )}
          </>
        ) : // Machine-read (recorded by Open Terms Archive): the machine found none, which is not proof.
        company.recordedBy ? (
          "No policy date found"
        ) : (
          "Policy states no date"
        )}
      </span>
      {company.archivedOn &&
        (company.recordedBy && company.recordedLongAgo ? (
          <span className="block">
            Last recorded <time dateTime={company.archivedOn}>{formatDay(company.archivedOn)}</time>
            {ahead && AHEAD}: the service&rsquo;s current policy may differ
          </span>
        ) : (
          <span className="block">
            {company.recordedBy ? "Recorded" : "Archived"}{" "}
            <time dateTime={company.archivedOn}>{formatDay(company.archivedOn)}</time>
            {ahead && AHEAD}
          </span>
        ))}
    </span>
  );
}

/** "2009–2012" (or "2011"): the years the given policies state for themselves; null when none do. */
export function policyYears(companies: readonly PolicyDatesInput[]): string | null {
  return yearSpan(companies.flatMap((c) => (c.effectiveDate ? [c.effectiveDate] : [])));
}

/** The years the given policies were recorded by Open Terms Archive; null when none were. */
export function recordedYears(companies: readonly PolicyDatesInput[]): string | null {
  return yearSpan(companies.flatMap((c) => (c.recordedBy && c.archivedOn ? [c.archivedOn] : [])));
}

function yearSpan(dates: string[]): string | null {
  const years = dates.map((d) => d.slice(0, 4));
  if (years.length === 0) return null;
  const [first, last] = [
    years.reduce((a, b) => (a < b ? a : b)),
    years.reduce((a, b) => (a > b ? a : b)),
  ];
  return first === last ? first : `${first}–${last}`;
}
