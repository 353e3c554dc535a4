/**
 * The phrases a query quotes ("do not sell"), not those it excludes (-"…"), as the words a
 * clause must hold in that order, and a PostgreSQL regular expression for them: each word whole
 * (`\m…\M`), anything but letters and digits between them, read case-insensitively (`~*`).
 *
 * Why: websearch_to_tsquery drops English stop words, so "do not sell" searched as the word
 * "sell", and matched "if we were to sell any part of our business". Where a quoted phrase loses
 * words that way, the statement also asks for the words themselves (lib/queries/search-clauses.ts).
 */
export type QuotedPhrase = { words: string[]; pattern: string };

// Straight quotes only: normaliseSearchQuery has already made curly quotes straight.
const QUOTED = /(^|[\s(])(-?)"([^"]*)"/g;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_PHRASES = 5;
const MAX_WORDS = 12;

export function quotedPhrases(q: string): QuotedPhrase[] {
  const phrases: QuotedPhrase[] = [];
  for (const m of q.matchAll(QUOTED)) {
    if (m[2] === "-") continue;
    const words = (m[3]!.match(WORD) ?? []).slice(0, MAX_WORDS);
    if (words.length < 2) continue;
    // Letters and digits only: nothing in a word is special to a regular expression.
    phrases.push({ words, pattern: `\\m${words.join("[^[:alnum:]]+")}\\M` });
    if (phrases.length === MAX_PHRASES) break;
  }
  return phrases;
}
