import type { HistoryAudit } from "@/lib/reading/audit-record";

/**
 * How far to trust a suggested rating that moved: what the hand audit of the alerts recorded in
 * the same years found (older recordings hold more capture glitches), and where it is told.
 */
export function AlertsChecked({ audit }: { audit: HistoryAudit | null }) {
  if (!audit) return null;
  return (
    <>
      Checked by hand, {audit.truthful} of {audit.ratingChanges} such moves {audit.period} were
      true; the rest came from the same commitment in other words, a page captured badly, or a
      version rated wrong (
      <a href="/methodology#history-audits" className="text-sky-800 underline dark:text-sky-300">
        how we checked
      </a>
      ): read the two versions before acting on one.
    </>
  );
}
