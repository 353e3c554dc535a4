/**
 * Cohen's kappa of two raters' yes/no judgements on the same items: agreement beyond what their
 * own rates of saying yes would give by chance. Null when chance agreement is already total
 * (both raters said the same single answer to everything): kappa is undefined there.
 */
export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): number | null {
  if (a.length !== b.length) throw new Error("the two raters judged different numbers of items");
  const n = a.length;
  if (n === 0) return null;
  let agree = 0;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) yesA++;
    if (b[i]) yesB++;
  }
  const observed = agree / n;
  const chance = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  if (chance === 1) return null;
  return (observed - chance) / (1 - chance);
}
