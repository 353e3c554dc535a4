const FORMAT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const WITH_TIME = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
  hourCycle: "h23",
});

export const isoDay = (iso: string) => iso.slice(0, 10);

const TIME = new Intl.DateTimeFormat("en", {
  timeStyle: "short",
  timeZone: "UTC",
  hourCycle: "h23",
});

/**
 * A recording date as people read it, with the exact moment in the markup; its time too when
 * asked, after it or, in a narrow column (`stacked`), on a line of its own.
 */
export function VersionDate({
  iso,
  withTime = false,
  stacked = false,
}: {
  iso: string;
  withTime?: boolean;
  stacked?: boolean;
}) {
  if (withTime && stacked)
    return (
      <time dateTime={iso}>
        {FORMAT.format(new Date(iso))}
        <span className="sr-only">, </span>
        <span className="block text-xs">{TIME.format(new Date(iso))} UTC</span>
      </time>
    );
  return (
    <time dateTime={iso}>
      {withTime ? formatVersionDateTime(iso) : FORMAT.format(new Date(iso))}
    </time>
  );
}

export const formatVersionDate = (iso: string) => FORMAT.format(new Date(iso));

/** "Apr 29, 2021, 12:59 UTC": a recording told apart from another of the same day. */
export const formatVersionDateTime = (iso: string) => `${WITH_TIME.format(new Date(iso))} UTC`;

/**
 * The days (YYYY-MM-DD, UTC) on which more than one of these recordings fall: a page that names
 * two versions of one day by their day alone ("from Apr 29, 2021 to Apr 29, 2021") says nothing,
 * so those show their time too.
 */
export function sharedDays(isos: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const iso of isos) {
    const day = isoDay(iso);
    if (seen.has(day)) shared.add(day);
    seen.add(day);
  }
  return shared;
}

/** Recordings named together, each by its day, or by its day and time where two share a day. */
export function formatVersionDates(isos: readonly string[]): string[] {
  const shared = sharedDays(isos);
  return isos.map((iso) =>
    shared.has(isoDay(iso)) ? formatVersionDateTime(iso) : formatVersionDate(iso),
  );
}
