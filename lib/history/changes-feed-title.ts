import { orList } from "../or-list";
import type { ChangesQuery } from "../params/history-params";

const DAY = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
// The day as /changes writes it beside the list, not the URL's ISO form.
export const readableDay = (day: string) => DAY.format(new Date(`${day}T00:00:00Z`));

/**
 * The title of the atlas's changes feed, naming its filters, so that two filtered feeds can be
 * told apart in a reader: "Policy Atlas: privacy policy changes — data retention, in social
 * media, since Jan 1, 2024", "… — by GitHub, Slack or Zoom".
 */
export function changesFeedTitle(
  query: Pick<ChangesQuery, "practices" | "sectors" | "since" | "until"> & {
    companies?: readonly string[];
  },
  names: {
    practices: Map<string, string>;
    sectors: Map<string, string>;
    companies?: Map<string, string>;
  },
): string {
  const name = (m: Map<string, string>, slug: string) => (m.get(slug) ?? slug).toLowerCase();
  const companies = query.companies ?? [];
  const parts = [
    companies.length ? `by ${orList(companies.map((c) => names.companies?.get(c) ?? c))}` : null,
    query.practices.length
      ? query.practices.map((p) => name(names.practices, p)).join(" or ")
      : null,
    query.sectors.length
      ? `in ${query.sectors.map((s) => name(names.sectors, s)).join(" or ")}`
      : null,
    query.since ? `since ${readableDay(query.since)}` : null,
    query.until ? `until ${readableDay(query.until)}` : null,
  ].filter((p): p is string => p !== null);
  const title = "Policy Atlas: privacy policy changes";
  return parts.length ? `${title} — ${parts.join(", ")}` : title;
}
