import { precisionOf } from "@/lib/date-precision";

const FORMAT = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

const MONTH_FORMAT = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  timeZone: "UTC",
});

export function formatDay(iso: string): string {
  return FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A date a policy states for itself: "Nov 30, 2025", or "March 2024" for a policy that states
 * only a month ("2024-03"; lib/date-precision.ts), which is never shown as a day.
 */
export function formatStatedDate(iso: string): string {
  return precisionOf(iso) === "month"
    ? MONTH_FORMAT.format(new Date(`${iso}-01T00:00:00Z`))
    : formatDay(iso);
}

/** The date the policy states for itself, or says plainly that it states none. */
export function StatedDate({ label, date }: { label: string | null; date: string | null }) {
  if (!date) return <>No date stated</>;
  return (
    <>
      {label ?? "Effective"} <time dateTime={date}>{formatStatedDate(date)}</time>
    </>
  );
}
