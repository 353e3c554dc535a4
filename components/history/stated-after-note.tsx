import { statedAfterRecorded } from "@/lib/date-precision";
import { formatStatedDate } from "../stated-date";
import { formatVersionDate } from "./version-date";

/**
 * When the current policy gives a date later than the latest change listed was recorded (TikTok's
 * "Last updated: 30 November 2025", first recorded on Oct 29, 2025), the page would otherwise seem
 * to miss a change on that date, or to date the policy wrongly.
 */
export function StatedAfterNote({
  name,
  stated,
  recordedAt,
}: {
  name: string;
  stated: { iso: string; label: string | null } | null;
  recordedAt: string;
}) {
  if (!stated || !statedAfterRecorded(stated.iso, recordedAt)) return null;
  return (
    <p
      className="max-w-prose text-sm text-slate-700 dark:text-slate-300"
      data-testid="stated-after"
    >
      {name}&rsquo;s current policy gives the date &ldquo;{stated.label ?? "Effective"}{" "}
      {formatStatedDate(stated.iso)}&rdquo;, later than this change was recorded (
      {formatVersionDate(recordedAt)}): a policy is often published ahead of the date it takes
      effect.
    </p>
  );
}
