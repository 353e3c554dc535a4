/*
 * Some recorded versions are a translation the page served for a while (TikTok's French policy
 * of 2021-11-02, Allstate's Spanish one in 2023), not a change of the company's policy: the
 * atlas reads English, so against the English text before it such a version reads as every
 * clause removed and added, and every practice "no clause found". English prose is about a third
 * function words ("the", "of", "you"…); another language's has almost none of them. Measured over
 * the corpus's 16,660 versions (docs/history.md): the English texts of 200 words or more score
 * 0.079 or more (navigation pages), the translations 0.021 or less.
 */

/** Very common English words, each a sign of English prose wherever it occurs. */
const FUNCTION_WORDS = new Set(
  (
    "the and of to a in or for is that you we your our with by on be are as this may not it " +
    "from any at if can will have an us"
  ).split(" "),
);

/** Fewer words than this cannot be judged (a loading page, a region chooser). */
export const MIN_WORDS = 200;
/** Below this share of English function words, the text is in another language. */
export const MIN_ENGLISH_SHARE = 0.05;

/** How many words the text has and what share of them are English function words. */
export function englishShare(text: string): { words: number; share: number } {
  let words = 0;
  let english = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    words++;
    if (FUNCTION_WORDS.has(word.toLowerCase())) english++;
  }
  return { words, share: words ? english / words : 0 };
}

/** True when a text of this measure is long enough to judge and not in English. */
export const isOtherLanguageShare = ({ words, share }: { words: number; share: number }) =>
  words >= MIN_WORDS && share < MIN_ENGLISH_SHARE;

/** True when the text is long enough to judge and not in English. One pass over the text. */
export function isOtherLanguage(text: string): boolean {
  return isOtherLanguageShare(englishShare(text));
}
