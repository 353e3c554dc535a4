const FORMAT = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

export function formatDay(iso: string): string {
  return FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

/** The date the policy states for itself, or says plainly that it states none. */
export function StatedDate({ label, date }: { label: string | null; date: string | null }) {
  if (!date) return <>No date stated</>;
  return (
    <>
      {label ?? "Effective"} <time dateTime={date}>{formatDay(date)}</time>
    </>
  );
}
