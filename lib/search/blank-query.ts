/*
 * Characters that draw nothing: spaces of every kind, format characters (the zero-width space,
 * joiners, the byte-order mark, bidirectional marks) and the other default-ignorable ones (the
 * Hangul filler). Straight quotes too, once nothing else is left: `""` is an empty phrase.
 */
const BLANK = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}"]*$/u;

/**
 * True when a search query, though not empty, shows the reader nothing to search for: echoed in
 * quotes it would read “”, so the page says so in words instead.
 */
export function isBlankQuery(q: string): boolean {
  return BLANK.test(q);
}
