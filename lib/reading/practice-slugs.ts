/** The 14 practices in taxonomy order (seeds/practices.json); a unit test keeps the two in step. */
export const PRACTICE_SLUGS = [
  "cookies",
  "retention",
  "disputes",
  "third-parties",
  "collection",
  "use",
  "choice",
  "access",
  "security",
  "children",
  "policy-changes",
  "international",
  "business-transfer",
  "law-enforcement",
] as const;

export type PracticeSlug = (typeof PRACTICE_SLUGS)[number];

const known = new Set<string>(PRACTICE_SLUGS);
export const isPracticeSlug = (s: string): s is PracticeSlug => known.has(s);

/*
 * OPP-115 files a merger or a legal disclosure under Third Party Sharing (docs/labelling.md), so
 * these practices always carry third-parties too: applied to training labels and to predictions.
 */
export const IMPLIED_PRACTICES: Partial<Record<PracticeSlug, PracticeSlug[]>> = {
  "business-transfer": ["third-parties"],
  "law-enforcement": ["third-parties"],
};

/** The practices plus those they imply, in taxonomy order. */
export function withImplied(practices: Iterable<string>): PracticeSlug[] {
  const set = new Set<string>();
  for (const p of practices) {
    set.add(p);
    if (isPracticeSlug(p)) for (const q of IMPLIED_PRACTICES[p] ?? []) set.add(q);
  }
  return PRACTICE_SLUGS.filter((s) => set.has(s));
}
