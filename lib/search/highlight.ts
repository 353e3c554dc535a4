/*
 * ts_headline marks matches with characters from Unicode's Private Use Area, which never occur
 * in policy text (the query layer strips them from the text and from queries anyway). Pages
 * split on them and render <mark> elements through React, so no HTML is ever built from text.
 */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

const SENTINELS = /[\uE000\uE001]/g;

export type SnippetPart = { text: string; hit: boolean };

export function stripSentinels(text: string): string {
  return text.replace(SENTINELS, "");
}

/**
 * Splits a highlighted snippet into plain and matched parts; stray or unbalanced markers are
 * dropped. Matches separated only by spaces become one ("Safe Harbor", not "Safe" "Harbor"), and
 * so do the halves of a hyphenated word: the parser indexes "third-party" as "third" and "party",
 * so the phrase "third parties" marks both halves, which read as one word.
 */
export function splitHighlights(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = "";
  const flush = () => {
    if (!current) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += current;
    else parts.push({ text: current, hit });
    current = "";
  };
  for (const ch of snippet) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else current += ch;
  }
  flush();
  return mergeAdjacentHits(parts);
}

// Spaces, or one hyphen (ASCII, or Unicode's hyphen and non-breaking hyphen) inside a word.
const JOINS = /^(?: +|[-\u2010\u2011])$/;

function mergeAdjacentHits(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const prev = merged.at(-1);
    const next = parts[i + 1];
    if (!part.hit && prev?.hit && next?.hit && JOINS.test(part.text)) {
      prev.text += part.text + next.text;
      i++;
    } else merged.push({ ...part });
  }
  return merged;
}

/** The API's plain-text form of a snippet: each match wrapped in «guillemets». */
export function toGuillemets(snippet: string): string {
  return splitHighlights(snippet)
    .map((p) => (p.hit ? `«${p.text}»` : p.text))
    .join("");
}
