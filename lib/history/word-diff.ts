import { diffWordsWithSpace } from "diff";

export type WordPart = { text: string; change: "same" | "added" | "removed" };

/**
 * Word-level differences between a clause and its earlier form, with the `diff` library. A
 * clause rewritten beyond recognition reads better as two texts than as confetti, so past
 * this share of changed words the caller shows before and after whole.
 */
export function wordDiff(
  before: string,
  after: string,
): { parts: WordPart[]; changedShare: number } {
  const parts: WordPart[] = diffWordsWithSpace(before, after).map((p) => ({
    text: p.value,
    change: p.added ? "added" : p.removed ? "removed" : "same",
  }));
  let changed = 0;
  let total = 0;
  for (const p of parts) {
    total += p.text.length;
    if (p.change !== "same") changed += p.text.length;
  }
  return { parts, changedShare: total ? changed / total : 0 };
}
