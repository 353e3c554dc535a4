/** A sentence of a clause and where it starts, so a quote is always the clause's own words. */
export type Sentence = {
  text: string;
  start: number;
  /** A piece of a sentence cut at a quote's length, after the piece before it: the same sentence. */
  continues?: boolean;
};

// A full stop, ! or ? (optionally closed by a quote or bracket) then space then a capital or
// opening quote: one character of lookbehind and no nested quantifiers, so it runs in linear time.
// Also a line break: the lines of a clause are a list's items or a table cell's lines, separate
// statements, so a fact read across two of them would join words that do not belong together.
// And a list bullet glued to the text before it ("…your library* to request deletion…"), as
// pasted text may still bring one.
// Every boundary opens on a space or an asterisk: the lookahead in front lets the engine pass over
// every other character without trying the lookbehinds (twice as fast, the same matches).
const BOUNDARY =
  /(?=[\s*])(?:(?<=[.!?]["'”’)]?)\s+(?=["“(]?[A-Z0-9])|\n\s*|(?<=[^\s*])\*\s+(?=[A-Za-z"“‘'(]))/g;

/**
 * A short line with no full stop before a line that opens a sentence is a label that sentence
 * completes, one statement: "Right of access:⏎You can request information …", "Right to
 * erasure⏎You have the right to ask us to erase …".
 */
const LABEL_LINE = /^[^.!?]{1,60}$/;
const isLabelBefore = (clause: string, at: number, next: string) => {
  if (!/^["“(]?[A-Z]/.test(next)) return false;
  const line = clause.slice(clause.lastIndexOf("\n", at - 1) + 1, at).trim();
  return LABEL_LINE.test(line) && line.split(/\s+/).length <= 8;
};

/**
 * A lead-in of more than eight words (a sentence begun, not a label) that ends with a colon and
 * the lower-case items that complete it are one sentence:
 * "If the third party proposes to materially change the privacy practices … or other
 * transfer:⏎inform you and get your express affirmative consent to opt-in to the new practices;
 * and/or⏎inform you in some prominent manner …" (Bitwarden). The first item joins the lead-in;
 * each next item joins while the one before ends as a list's items do (";", ",", "and", "or").
 */
const LEAD_IN_END = /:["'”’)]?\s*$/;
const ITEM_GOES_ON = /(?:[;,]|\band\/or|\band|\bor)\s*$/;
const continuesLeadIn = (clause: string, at: number, next: string, inList: boolean) => {
  if (!/^["“(]?[a-z]/.test(next)) return false;
  const line = clause.slice(clause.lastIndexOf("\n", at - 1) + 1, at);
  // A short line is a label or a title ("Examples of partners include:"), its items apart.
  if (LEAD_IN_END.test(line)) return line.trim().split(/\s+/).length > 8;
  return inList && ITEM_GOES_ON.test(line);
};

// A full stop after these is not a sentence end ("the U.S. Department of Commerce", "Cal. Civ.
// Code", "Pte. Ltd.", "Suite 5, Ste. 200").
const ABBREVIATION =
  /\b(U\.S|U\.K|e\.g|i\.e|Inc|Ltd|Co|Corp|No|St|Mr|Mrs|Ms|Dr|vs|etc|approx|Cal|Civ|Pte|Sdn|Bhd|Ste|Str|Ave|Blvd)\.["'”’)]?$/;
// Nor after these before a number: "Right of Access (Art. 15): Request a copy …", "§ 1798 para. 2"
// (the corpus cites an article so some 400 times; read apart, the right lost its label).
const NUMBERED = /\b(Art|Arts|art|Para|para|Par|Sec|sec|Nr|Reg|S|sent)\.$/;

/** Longest sentence returned as a quote; longer runs (lists without full stops) are cut at a space. */
const MAX_SENTENCE = 600;

/** Splits a clause into sentences; each is an exact substring of the clause. */
export function sentencesOf(clause: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const add = (end: number) => {
    let s = start;
    const first = start;
    while (s < end) {
      let e = end;
      if (e - s > MAX_SENTENCE) {
        const space = clause.lastIndexOf(" ", s + MAX_SENTENCE);
        e = space > s ? space : s + MAX_SENTENCE;
      }
      const text = clause.slice(s, e).trim();
      const at = s + clause.slice(s, e).indexOf(text);
      if (text) out.push(s > first ? { text, start: at, continues: true } : { text, start: at });
      s = e;
    }
  };
  let inList = false;
  for (const m of clause.matchAll(BOUNDARY)) {
    const before = clause.slice(Math.max(start, m.index - 8), m.index);
    const after = m.index + m[0].length;
    const next = clause.slice(after, after + 2);
    if (ABBREVIATION.test(before) || (NUMBERED.test(before) && /^\d/.test(next))) continue;
    if (m[0].startsWith("\n") && isLabelBefore(clause, m.index, next)) continue;
    // Joined only while the sentence stays within a quote's length: cut at a space, a long list
    // would leave a fragment ("licensed from and run by Service Providers).", Netflix).
    // (Looked up only at a line break, the next line's end: each line is scanned once.)
    const fits = () => {
      const lineEnd = clause.indexOf("\n", after);
      return (lineEnd < 0 ? clause.length : lineEnd) - start <= MAX_SENTENCE;
    };
    if (m[0].startsWith("\n") && continuesLeadIn(clause, m.index, next, inList) && fits()) {
      inList = true;
      continue;
    }
    inList = false;
    add(m.index);
    start = m.index + m[0].length;
  }
  add(clause.length);
  return out;
}
