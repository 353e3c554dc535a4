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
export const FUNCTION_WORDS = new Set(
  (
    "the and of to a in or for is that you we your our with by on be are as this may not it " +
    "from any at if can will have an us"
  ).split(" "),
);

/** Fewer words than this cannot be judged (a loading page, a region chooser). */
export const MIN_WORDS = 200;
/** Below this share of English function words, the text is in another language. */
export const MIN_ENGLISH_SHARE = 0.05;

/** A letter outside ASCII, as `\p{L}` reads one (a whole code point). */
const LETTER = /^\p{L}$/u;
/** The longest function word: a longer word is counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/**
 * How many words the text has (runs of letters, `\p{L}+`) and what share of them are English
 * function words. One pass over the characters rather than a match and a lower-cased copy per
 * word: it runs on every distinct version the history loads (16,660), where the regular
 * expression's way took 7 % of the loader's time.
 */
export function englishShare(text: string): { words: number; share: number } {
  let words = 0;
  let english = 0;
  let start = -1;
  const end = (i: number) => {
    words++;
    if (
      i - start <= LONGEST_FUNCTION_WORD &&
      FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())
    )
      english++;
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      letter = LETTER.test(String.fromCodePoint(point));
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) end(i);
    i += width - 1;
  }
  if (start >= 0) end(text.length);
  return { words, share: words ? english / words : 0 };
}

/** True when a text of this measure is long enough to judge and not in English. */
export const isOtherLanguageShare = ({ words, share }: { words: number; share: number }) =>
  words >= MIN_WORDS && share < MIN_ENGLISH_SHARE;

/** True when the text is long enough to judge and not in English. One pass over the text. */
export function isOtherLanguage(text: string): boolean {
  return isOtherLanguageShare(englishShare(text));
}
