import { countsOf, scoresOf } from "./metrics";

const GRID = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/**
 * The operating threshold for one practice: the grid point (0.05–0.95) whose F1 on held-out
 * probabilities, averaged with its two neighbours on each side, is highest. The averaging
 * prefers a broad plateau to a lucky spike; ties go to the point nearest 0.5. With no positive
 * example there is nothing to tune, and 0.5 is returned.
 */
export function bestThreshold(
  probabilities: readonly number[],
  gold: readonly boolean[],
): { threshold: number; f1: number } {
  if (!gold.some(Boolean)) return { threshold: 0.5, f1: 0 };
  const f1s = GRID.map(
    (t) =>
      scoresOf(
        countsOf(
          probabilities.map((p) => p >= t),
          gold,
        ),
      ).f1,
  );
  let best = { threshold: 0.5, f1: -1, smoothed: -1 };
  GRID.forEach((t, i) => {
    const window = f1s.slice(Math.max(0, i - 2), i + 3);
    const smoothed = window.reduce((s, v) => s + v, 0) / window.length;
    const better =
      smoothed > best.smoothed + 1e-12 ||
      (Math.abs(smoothed - best.smoothed) <= 1e-12 &&
        Math.abs(t - 0.5) < Math.abs(best.threshold - 0.5));
    if (better) best = { threshold: t, f1: f1s[i]!, smoothed };
  });
  return { threshold: best.threshold, f1: best.f1 };
}
