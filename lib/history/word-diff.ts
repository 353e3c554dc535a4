import { diffWordsWithSpace } from "diff";

export type WordPart = { text: string; change: "same" | "added" | "removed" };

/**
 * Below this share of the longer text's words kept, a clause edited in several places is shown
 * as its old and new text whole: chosen on Qwant's and Telegram's histories (docs/history.md).
 */
export const KEPT_FOR_WORD_MARKS = 0.5;

/**
 * Edits in this many places or fewer (a sentence added, a phrase reworded) read well as marks,
 * unless the two texts share almost nothing (under KEPT_FOR_FEW_PLACES of the words).
 */
export const FEW_PLACES = 2;
export const KEPT_FOR_FEW_PLACES = 0.2;

export type WordDiff = {
  /** The texts as unchanged stretches and edits; an edit's removed words come before its added ones. */
  parts: WordPart[];
  /** The share of the longer text's words that are in both, in the same order. */
  keptShare: number;
  /** How many places the clause was edited in. */
  places: number;
  /** True when the clause reads better as its old text, then its new text, than as marks. */
  rewritten: boolean;
};

type Edit = { removed: string; added: string };
type Segment = { same: string } | Edit;

const isEdit = (s: Segment | undefined): s is Edit => s !== undefined && "removed" in s;
const editSize = (e: Edit) => Math.max(e.removed.length, e.added.length);
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Folds the unchanged stretches that sit between two edits into them when they are spaces or
 * punctuation, or no longer than either edit: a diff keeps every common space and "the", which
 * leaves deleted and inserted words alternating one by one ("~~IP~~search ~~address~~fields").
 * Folded, each edit reads as the old words, then the new. Repeated until nothing folds, as a
 * bigger edit can absorb the next stretch (diff-match-patch's semantic clean-up, on words).
 */
function foldShortStretches(segments: Segment[]): Segment[] {
  let current = segments;
  for (let folded = true; folded;) {
    folded = false;
    const out: Segment[] = [];
    for (let i = 0; i < current.length; i++) {
      const s = current[i]!;
      const prev = out[out.length - 1];
      const next = current[i + 1];
      if (!isEdit(s) && isEdit(prev) && isEdit(next)) {
        const trivial = !/[\p{L}\p{N}]/u.test(s.same);
        if (trivial || s.same.length <= Math.min(editSize(prev), editSize(next))) {
          prev.removed += s.same + next.removed;
          prev.added += s.same + next.added;
          i++;
          folded = true;
          continue;
        }
      }
      out.push(isEdit(s) ? { ...s } : s);
    }
    current = out;
  }
  return current;
}

/**
 * Word-level differences between a clause and its earlier form (the `diff` library, spaces kept
 * so both texts are reproduced exactly), with short unchanged stretches between edits folded
 * into them. A clause is `rewritten` when fewer than half its words are kept and the edits are
 * in more than two places, or almost none is kept: marks would then be confetti or a long
 * struck-out passage, and the caller shows both texts whole.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const segments: Segment[] = [];
  for (const p of diffWordsWithSpace(before, after)) {
    const last = segments[segments.length - 1];
    if (p.added || p.removed) {
      const edit = isEdit(last) ? last : { removed: "", added: "" };
      if (edit !== last) segments.push(edit);
      if (p.added) edit.added += p.value;
      else edit.removed += p.value;
    } else segments.push({ same: p.value });
  }
  const folded = foldShortStretches(segments);
  const parts: WordPart[] = [];
  let keptWords = 0;
  let places = 0;
  for (const s of folded) {
    if (!isEdit(s)) {
      keptWords += wordCount(s.same);
      parts.push({ text: s.same, change: "same" });
      continue;
    }
    places++;
    if (s.removed) parts.push({ text: s.removed, change: "removed" });
    if (s.added) parts.push({ text: s.added, change: "added" });
  }
  const longer = Math.max(wordCount(before), wordCount(after));
  const keptShare = longer ? keptWords / longer : 1;
  return {
    parts,
    keptShare,
    places,
    rewritten:
      keptShare < KEPT_FOR_WORD_MARKS && (places > FEW_PLACES || keptShare < KEPT_FOR_FEW_PLACES),
  };
}
