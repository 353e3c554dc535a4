import { getDb } from "../db";
import { ratingFromText, type Rating } from "../ratings";
import { perDataVersionKeyed } from "./per-data-version";

/**
 * Every company's rating of one practice, by company slug, for a practice page to narrow by
 * rating and count a sector: one small query (a row per company), kept per data version. A
 * company with no finding for the practice is not addressed, as the grid shows it.
 */
export const listPracticeCompanyRatings: (practice: string) => Promise<Map<string, Rating>> =
  perDataVersionKeyed("practice-company-ratings", 20, async (practice) => {
    const rows = await getDb().$queryRaw<Array<{ company: string; rating: string }>>`
      SELECT co.slug AS company, coalesce(f.rating::text, 'not-addressed') AS rating
      FROM company co
      JOIN practice pr ON pr.slug = ${practice}
      LEFT JOIN finding f ON f.practice_id = pr.id AND f.company_id = co.id`;
    return new Map(rows.map((r) => [r.company, ratingFromText(r.rating)]));
  });
