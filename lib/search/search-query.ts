import { HIT_END, HIT_START } from "./highlight";

export const MAX_QUERY_LENGTH = 200;

export type SearchQuery = { q: string; truncated: boolean };

// Typographic quotes (phone keyboards type them) mean the phrase quote websearch_to_tsquery knows.
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

// Control characters (PostgreSQL rejects NUL in text) and the highlight sentinels.
const UNWANTED = new RegExp(`[\\u0000-\\u001f\\u007f${HIT_START}${HIT_END}]`, "g");

/**
 * Turns whatever arrived as `q` into the text handed to websearch_to_tsquery: sentinels and
 * control characters removed, curly quotes made straight, whitespace collapsed, at most MAX_QUERY_LENGTH characters (cut
 * at a word boundary where one is near). Never throws; non-strings become "".
 */
export function normaliseSearchQuery(raw: unknown): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return { q: "", truncated: false };
  const cleaned = value.replace(UNWANTED, " ").replace(QUOTES, '"').replace(/\s+/g, " ").trim();
  if (cleaned.length <= MAX_QUERY_LENGTH) return { q: cleaned, truncated: false };
  let cut = cleaned.slice(0, MAX_QUERY_LENGTH);
  const space = cut.lastIndexOf(" ");
  if (cleaned[MAX_QUERY_LENGTH] !== " " && space > MAX_QUERY_LENGTH * 0.75)
    cut = cut.slice(0, space);
  // A lone high surrogate left at the end would be sent as U+FFFD.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return { q: cut.trim(), truncated: true };
}
