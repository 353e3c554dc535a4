import { getDb } from "../db";
import { ratingFromDb, RATINGS, type Rating } from "../ratings";
import { listPractices, type Practice } from "./practices";

export type PracticeOverview = Practice & { counts: Record<Rating, number> };

/** Every practice with how many companies got each rating: three queries. */
export async function getPracticeOverview(): Promise<PracticeOverview[]> {
  const [practices, ids, groups] = await Promise.all([
    listPractices(),
    getDb().practice.findMany({ select: { id: true, slug: true } }),
    getDb().finding.groupBy({ by: ["practiceId", "rating"], _count: { _all: true } }),
  ]);
  const slugOf = new Map(ids.map((p) => [p.id, p.slug]));
  return practices.map((p) => {
    const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
    for (const g of groups)
      if (slugOf.get(g.practiceId) === p.slug) counts[ratingFromDb(g.rating)] += g._count._all;
    return { ...p, counts };
  });
}
