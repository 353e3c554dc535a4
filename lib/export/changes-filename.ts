/**
 * The name of a download of /changes, saying which changes it holds, as the grid's downloads do:
 * `policy-atlas-changes-retention-social-since-2024-01-01-2026-12-03.csv`,
 * `policy-atlas-changes-github-slack-2026-12-03.csv`. Up to three companies, practices or sectors
 * are named, more are counted, so the name stays short.
 */
export function changesFilename(opts: {
  companies?: readonly string[];
  practices: readonly string[];
  sectors: readonly string[];
  since?: string;
  until?: string;
  format: "csv" | "json";
  day: Date;
}): string {
  const list = (values: readonly string[], noun: string) =>
    values.length > 3 ? [`${values.length}-${noun}`] : values;
  const parts = [
    "policy-atlas-changes",
    ...list(opts.companies ?? [], "companies"),
    ...list(opts.practices, "practices"),
    ...list(opts.sectors, "sectors"),
    ...(opts.since ? [`since-${opts.since}`] : []),
    ...(opts.until ? [`until-${opts.until}`] : []),
    opts.day.toISOString().slice(0, 10),
  ];
  return `${parts.join("-")}.${opts.format}`;
}
