import type { HistoryStatus } from "@/lib/history/history-status";

/** Said while the first history load runs in the background after a fresh start. */
export function HistoryLoading({ status }: { status: HistoryStatus | null }) {
  if (!status || status.state !== "loading") return null;
  return (
    <p
      role="status"
      className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      The policy history is still loading ({status.done} of {status.total} companies,{" "}
      {status.versions.toLocaleString("en")} versions so far). Reload in a minute to see it all.
    </p>
  );
}
