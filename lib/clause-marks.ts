import type { SnippetPart } from "./search/highlight";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A clause's text split so that each quoted passage is a marked part. A quote is found as
 * written or, failing that, with any run of whitespace standing for any other (quotes are
 * checked against their clause when the seed loads, but line breaks may differ); overlapping
 * quotes merge into one mark. A quote that is not found marks nothing.
 */
export function markQuotes(text: string, quotes: readonly string[]): SnippetPart[] {
  const ranges: Array<[number, number]> = [];
  for (const quote of quotes) {
    const q = quote.trim();
    if (!q) continue;
    const at = text.indexOf(q);
    if (at >= 0) {
      ranges.push([at, at + q.length]);
      continue;
    }
    const loose = new RegExp(q.split(/\s+/).map(escape).join("\\s+")).exec(text);
    if (loose) ranges.push([loose.index, loose.index + loose[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    if (from > pos) parts.push({ text: text.slice(pos, from), hit: false });
    const last = parts.at(-1);
    if (last?.hit && from === pos) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), hit: true });
    pos = end;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), hit: false });
  return parts;
}
