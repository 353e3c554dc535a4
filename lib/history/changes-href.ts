export type ChangesLinkState = {
  practices: string[];
  sectors: string[];
  /** Company slugs, in the reader's order. */
  companies?: string[];
  since?: string;
  until?: string;
  page?: number;
};

/** The query string of /changes (and of its feed) for a filter state; empty values left out. */
export function changesQuery(s: ChangesLinkState): string {
  const q = new URLSearchParams();
  for (const p of s.practices) q.append("practice", p);
  for (const x of s.sectors) q.append("sector", x);
  // One value, "company=github,slack", a subscription's address a person can read and edit.
  if (s.companies?.length) q.set("company", s.companies.join(","));
  if (s.since) q.set("since", s.since);
  if (s.until) q.set("until", s.until);
  if (s.page && s.page > 1) q.set("page", String(s.page));
  // A comma needs no escaping in a query: "company=github,slack" stays readable.
  const str = q.toString().replaceAll("%2C", ",");
  return str ? `?${str}` : "";
}

/**
 * /api/changes for the same filters, every change in one file: the CSV, or the JSON as one page
 * of up to `perPage` (the API's cap), so both downloads hold the same changes.
 */
export function changesApiHref(
  s: ChangesLinkState,
  format: "csv" | "json",
  perPage: number,
): string {
  const q = new URLSearchParams(changesQuery({ ...s, page: 1 }));
  if (format === "csv") q.set("format", "csv");
  else q.set("perPage", String(perPage));
  return `/api/changes?${q.toString().replaceAll("%2C", ",")}`;
}
