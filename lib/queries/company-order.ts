import { sortCompanies } from "../company-order";
import { getDb } from "../db";
import type { GridSort } from "../params/hrefs";
import { ratingFromDb, type Rating } from "../ratings";
import type { CompanySummary } from "./companies";

/**
 * Companies in the order a view asks for. Sorting by a practice reads every company's rating
 * on it (one query), so paging through companies follows the same order at any scale.
 */
export async function orderCompanies(
  companies: CompanySummary[],
  sort: GridSort,
): Promise<CompanySummary[]> {
  if (typeof sort === "string") return sortCompanies(companies, sort);
  const rows = await getDb().finding.findMany({
    where: { practice: { slug: sort.practice } },
    select: { rating: true, company: { select: { slug: true } } },
  });
  const ratings = new Map<string, Rating>(
    rows.map((r) => [r.company.slug, ratingFromDb(r.rating)]),
  );
  return sortCompanies(companies, sort, ratings);
}
