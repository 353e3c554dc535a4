import { getDb } from "../db";
import type { Provenance } from "../provenance";
import { tallyPracticeRatings, type PracticeRatingCounts } from "../rating-counts";
import { ratingFromText } from "../ratings";
import { perDataVersion } from "./per-data-version";
import { listPractices } from "./practices";

export type { PracticeRatingCounts };

/**
 * For every practice, how many companies got each rating, curated and machine-read apart, over
 * all companies (not a page of them): one aggregation in PostgreSQL, whatever the number of
 * companies. A company with no finding for a practice counts as not addressed, as the grid shows
 * it. Companies are counted by their own kind, the one the pages' curated/machine filter uses
 * (their findings are of the same kind: the seeds never mix them). Raw SQL, since Prisma's
 * groupBy can neither group findings by their company's kind nor count companies without a
 * finding. Findings change only when the seed runs, so the answer is kept per data version
 * (shared, read-only).
 */
export const countPracticeRatings: () => Promise<Map<string, PracticeRatingCounts>> =
  perDataVersion("practice-rating-counts", async () => {
    const [practices, rows] = await Promise.all([
      listPractices(),
      getDb().$queryRaw<
        Array<{ practice: string; provenance: Provenance; rating: string; companies: number }>
      >`
        SELECT pr.slug AS practice, co.provenance::text AS provenance,
               coalesce(f.rating::text, 'not-addressed') AS rating, count(*)::int AS companies
        FROM practice pr
        CROSS JOIN company co
        LEFT JOIN finding f ON f.practice_id = pr.id AND f.company_id = co.id
        GROUP BY pr.slug, co.provenance, coalesce(f.rating::text, 'not-addressed')`,
    ]);
    return tallyPracticeRatings(
      practices.map((p) => p.slug),
      rows.map((r) => ({ ...r, rating: ratingFromText(r.rating) })),
    );
  });
