const FORMAT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export const isoDay = (iso: string) => iso.slice(0, 10);

/** A recording date as people read it, with the exact day in the markup. */
export function VersionDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{FORMAT.format(new Date(iso))}</time>;
}

export const formatVersionDate = (iso: string) => FORMAT.format(new Date(iso));
