import { DownloadLink } from "@/components/download-link";
import { MAX_CHANGES_PER_ANSWER } from "@/lib/api/query-schemas";
import { changesApiHref, type ChangesLinkState } from "@/lib/history/changes-href";

/**
 * Downloads of the changes /changes lists with its filters, every page of them (the list and the
 * feeds show 50), as the grid offers its own: a CSV for a spreadsheet, the JSON of /api/changes.
 */
export function ChangesDownloads({ filter, total }: { filter: ChangesLinkState; total: number }) {
  if (total === 0) return null;
  const what = `${total.toLocaleString("en")} ${total === 1 ? "change" : "changes"}`;
  if (total > MAX_CHANGES_PER_ANSWER)
    return (
      <p className="no-print text-sm text-slate-700 dark:text-slate-300">
        {what} match: narrow the dates to download them (a download holds up to{" "}
        {MAX_CHANGES_PER_ANSWER.toLocaleString("en")}).
      </p>
    );
  return (
    <div
      role="group"
      aria-label="Download these changes"
      className="no-print flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300"
    >
      <span>Download {total === 1 ? "this change" : `these ${what}`}:</span>
      <DownloadLink href={changesApiHref(filter, "csv", MAX_CHANGES_PER_ANSWER)}>
        CSV<span className="sr-only"> of {what}</span>
      </DownloadLink>
      <DownloadLink href={changesApiHref(filter, "json", MAX_CHANGES_PER_ANSWER)}>
        JSON<span className="sr-only"> of {what}</span>
      </DownloadLink>
    </div>
  );
}
