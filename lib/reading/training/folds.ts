/**
 * Assigns whole policies to k folds, so no policy's clauses sit on both sides of a split:
 * policies largest first (then by name) each go to the fold holding fewest clauses so far.
 * Returns the fold of each item, in the items' order.
 */
export function policyFolds(policies: readonly string[], k: number): number[] {
  if (k < 2) throw new Error("cross-validation needs at least two folds");
  const sizes = new Map<string, number>();
  for (const p of policies) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  if (sizes.size < k) throw new Error(`${sizes.size} policies cannot fill ${k} folds`);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  const ordered = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [policy, size] of ordered) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[best]!) best = f;
    foldOf.set(policy, best);
    load[best]! += size;
  }
  return policies.map((p) => foldOf.get(p)!);
}
