/** How much of a machine-read quote a grid cell shows, in characters. */
export const PASSAGE_LENGTH = 160;

/**
 * A clause's bold run-in heading, read as its first sentence ("**Corporate Transactions.** Your
 * information may be disclosed …", TikTok): a few words, every long one capitalised, or at most
 * three words.
 */
function isRunInHeading(sentence: string): boolean {
  const words = sentence.split(/\s+/);
  if (words.length > 6) return false;
  return words.length <= 3 || words.every((w) => w.length < 4 || /^[^a-z]/.test(w));
}

/**
 * The opening of a quote, whole sentences while they fit in `max` characters (else the first
 * sentence cut at a word), ending in "…" when anything was left out: every word shown is the
 * policy's, in its order, and the ellipsis says there is more. A first sentence that is only a
 * run-in heading is never the whole passage: the sentence after it follows, cut at a word if need be. The whole quote is one click
 * away, marked in its clause on the company page.
 */
export function quotePassage(quote: string, max = PASSAGE_LENGTH): string {
  const text = quote.trim();
  if (text.length <= max) return text;
  // Sentence ends: ., ! or ? (with closing quotes or brackets) before a space.
  const ends = [...text.matchAll(/[.!?][”’"')\]]*(?=\s)/g)].map((m) => m.index + m[0].length);
  const fits = ends.filter((e) => e <= max);
  // A run-in heading alone says nothing of the practice: it keeps the words after it.
  if (fits.length === 1 && fits[0] !== undefined && isRunInHeading(text.slice(0, fits[0])))
    fits.pop();
  if (fits.length) return `${text.slice(0, fits[fits.length - 1]).trimEnd()} …`;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:–—-]+$/, "")}…`;
}
