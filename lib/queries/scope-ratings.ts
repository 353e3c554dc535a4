import type { RatedCell } from "../grid-differences";
import { listPracticeCompanyRatings } from "./practice-company-ratings";

/**
 * Every rating of the given practices for the given companies, without summaries or quotes:
 * what the grid needs to tell which practices differ among all the companies in scope when it
 * shows one page of them. Each practice's ratings are one small query kept per data version.
 */
export async function listScopeRatings(
  practices: readonly string[],
  companies: readonly string[],
): Promise<RatedCell[]> {
  const byPractice = await Promise.all(practices.map((p) => listPracticeCompanyRatings(p)));
  return practices.flatMap((practice, i) =>
    companies.map((company) => ({
      company,
      practice,
      rating: byPractice[i]!.get(company) ?? "not-addressed",
    })),
  );
}
