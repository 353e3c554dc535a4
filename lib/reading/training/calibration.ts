import { sigmoid } from "../network";

export type Calibration = { a: number; b: number };

export const logit = (p: number) => {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.log(q / (1 - q));
};

export const calibrate = (p: number, { a, b }: Calibration) => sigmoid(a * logit(p) + b);

/**
 * Platt scaling: the a, b for which sigmoid(a·logit(p) + b) best matches how often clauses
 * scored p really carry the practice, fitted on held-out probabilities by Newton's method
 * (with Platt's smoothed targets, so a perfectly separated practice stays finite). Monotone,
 * so it changes no decision; it makes a reported 0.8 mean "four in five such clauses".
 */
export function plattScaling(
  probabilities: readonly number[],
  gold: readonly boolean[],
): Calibration {
  const positives = gold.filter(Boolean).length;
  const negatives = gold.length - positives;
  if (positives === 0 || negatives === 0) return { a: 1, b: 0 };
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const z = probabilities.map(logit);
  const t = gold.map((g) => (g ? hi : lo));
  const loss = (a: number, b: number) => {
    let l = 0;
    for (let i = 0; i < z.length; i++) {
      const m = a * z[i]! + b;
      // log(1 + e^m) − t·m, computed without overflow
      l += (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m))) - t[i]! * m;
    }
    return l;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    // Gradient and Hessian of the log loss in (a, b), with a tiny ridge for stability.
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a * z[i]! + b);
      const d = p - t[i]!;
      const w = p * (1 - p);
      ga += d * z[i]!;
      gb += d;
      haa += w * z[i]! * z[i]!;
      hab += w * z[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Newton's step, halved until it lowers the loss (a full step can overshoot).
    let step = 1;
    while (step > 1e-8 && loss(a - step * da, b - step * db) > current) step /= 2;
    if (step <= 1e-8) break;
    a -= step * da;
    b -= step * db;
    current = loss(a, b);
    if (Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10) break;
  }
  return { a, b };
}
