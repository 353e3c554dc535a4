export type ChangesLinkState = {
  practices: string[];
  sectors: string[];
  since?: string;
  until?: string;
  page?: number;
};

/** The query string of /changes (and of its feed) for a filter state; empty values left out. */
export function changesQuery(s: ChangesLinkState): string {
  const q = new URLSearchParams();
  for (const p of s.practices) q.append("practice", p);
  for (const x of s.sectors) q.append("sector", x);
  if (s.since) q.set("since", s.since);
  if (s.until) q.set("until", s.until);
  if (s.page && s.page > 1) q.set("page", String(s.page));
  const str = q.toString();
  return str ? `?${str}` : "";
}
