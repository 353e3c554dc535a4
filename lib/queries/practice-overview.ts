import { countPracticeRatings, type PracticeRatingCounts } from "./practice-rating-counts";
import { listPractices, type Practice } from "./practices";

export type PracticeOverview = Practice & { counts: PracticeRatingCounts };

/** Every practice with how many companies of each kind got each rating (lib/queries/practice-rating-counts.ts). */
export async function getPracticeOverview(): Promise<PracticeOverview[]> {
  const [practices, counts] = await Promise.all([listPractices(), countPracticeRatings()]);
  return practices.map((p) => ({ ...p, counts: counts.get(p.slug)! }));
}
