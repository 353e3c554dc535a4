const LINK =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:border-sky-600 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-sky-400 dark:hover:text-sky-300";

function exportHref(format: "csv" | "json", practices?: string[], companies?: string[]): string {
  const parts = [`format=${format}`];
  if (practices?.length) parts.push(`practices=${practices.map(encodeURIComponent).join(",")}`);
  if (companies?.length) parts.push(`companies=${companies.map(encodeURIComponent).join(",")}`);
  return `/api/export?${parts.join("&")}`;
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Download links for the grid as currently filtered (omitted lists mean all, as on /api/export). */
export function ExportLinks({
  practices,
  companies,
}: {
  practices?: string[];
  companies?: string[];
}) {
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Export this view:</span>
      <a href={exportHref("csv", practices, companies)} download className={LINK}>
        <DownloadIcon />
        Download CSV
      </a>
      <a href={exportHref("json", practices, companies)} download className={LINK}>
        <DownloadIcon />
        Download JSON
      </a>
    </div>
  );
}
