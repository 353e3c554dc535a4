import type { GridSort } from "./params/hrefs";
import type { CompanySummary } from "./queries/companies";
import { RATINGS, type Rating } from "./ratings";

/**
 * Orders companies for a grid view. The input is in name order (listCompanies), and every sort
 * is stable, so companies that tie stay in name order.
 * - `date`: the policy's own date, newest first; undated policies last. A policy that states only
 *   a month ("2026-06") comes after every day of that month, the 1st included: it may be as old as
 *   the month's first day, and a sort should not put it above a policy known to be newer. Comparing
 *   the ISO strings does exactly that, as "2026-06" is a prefix of each of its days.
 * - a practice: protective, neutral, concerning, then not addressed (silence protects no one);
 *   a company with no finding for it counts as not addressed.
 */
export function sortCompanies(
  companies: readonly CompanySummary[],
  sort: GridSort,
  ratings?: ReadonlyMap<string, Rating>,
): CompanySummary[] {
  if (sort === "name") return [...companies];
  if (sort === "date")
    return [...companies].sort((a, b) => {
      if (a.effectiveDate === b.effectiveDate) return 0;
      if (!a.effectiveDate) return 1;
      if (!b.effectiveDate) return -1;
      return a.effectiveDate < b.effectiveDate ? 1 : -1;
    });
  const rank = (slug: string) => RATINGS.indexOf(ratings?.get(slug) ?? "not-addressed");
  return [...companies].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** How a sort reads in a sentence: "by name", "newest policy first", "most protective on Cookies first". */
export function describeSort(sort: GridSort, practiceName?: string): string {
  if (sort === "name") return "by name";
  if (sort === "date") return "newest policy first";
  return `most protective on ${practiceName ?? sort.practice} first`;
}
