/**
 * A clause as the history compares it: its stored id (a text under its heading), its text and,
 * where known, that heading.
 */
export type ComparableClause = { id: number; text: string; heading?: string };

export type ClauseChanges<T extends ComparableClause> = {
  added: T[];
  removed: T[];
  modified: Array<{ before: T; after: T }>;
  /** Clauses of the later text whose words the earlier had in other typography: unchanged. */
  retyped: number;
};

/*
 * Typography is not wording: a page that turned its apostrophes curly ("we’re" for "we're"), its
 * hyphens into dashes or its spaces into no-break spaces changed no clause (Facebook's regional
 * pages alternate between the two; 769 of the history's 64,919 modified clauses, 7 versions
 * wholly). Compatibility forms are folded too ("…" and "...", "ﬁ" and "fi"); letter case is not.
 */
const QUOTES = /[‘’‚‛′ʼ`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
const SPACES = /\s+/g;
// Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen: marks
// no reader sees ("\u200dWith your consent", Discord's list items of Feb 2026).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A clause's words as versions are compared: its text with its typography folded. */
export function wordingOf(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/** Two clauses at least this similar (Dice coefficient of their word sets) are one clause edited. */
export const MODIFIED_SIMILARITY = 0.5;

/** Candidates looked up per added clause before the common words are skipped. */
const MAX_CANDIDATES = 24;

/*
 * Word sets by clause id: a stored clause text never changes, and the same clauses come back
 * comparison after comparison of one company's versions. Bounded; emptied when full.
 */
const wordCache = new Map<number, { text: string; words: Set<string> }>();
const WORD_CACHE_SIZE = 50_000;

function words(clause: ComparableClause): Set<string> {
  const cached = wordCache.get(clause.id);
  if (cached && cached.text === clause.text) return cached.words;
  const set = new Set(clause.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
  wordCache.set(clause.id, { text: clause.text, words: set });
  return set;
}

/**
 * What changed between two versions, clause by clause: a clause in both, or whose text is in
 * both under another heading, is unchanged; a new text close enough to a vanished one is that clause modified (the most similar
 * pairs first, each clause paired at most once); the rest are added or removed. Candidates are
 * found through an index of the removed clauses' words, so a full rewrite of a long policy costs
 * milliseconds rather than comparing every pair.
 *
 * A line that became a heading (or a heading that became a line) is neither removed nor added:
 * its words are still on the page, now as the title of the clauses below it. Discord's "With your
 * consent" and four more list items of Feb 10, 2026 were section titles ten days later, and were
 * counted as removed legal bases. The clauses under such a heading are stored anew (a clause is a
 * text under its heading), so the headings of the clauses not in both are enough to see it.
 */
export function matchClauses<T extends ComparableClause>(
  before: readonly T[],
  after: readonly T[],
): ClauseChanges<T> {
  const beforeIds = new Set(before.map((c) => c.id));
  const afterIds = new Set(after.map((c) => c.id));
  const onlyBefore = before.filter((c) => !afterIds.has(c.id));
  const onlyAfter = after.filter((c) => !beforeIds.has(c.id));
  // A stored clause is a text under its heading: the same words under a renamed heading, or in
  // other typography, are not a changed clause. Decided among the clauses not in both, so a
  // comparison given only those (getVersionDiff) finds what a comparison of whole versions finds.
  const wording = new Map<string, string>();
  const wordingOfText = (text: string) => {
    let w = wording.get(text);
    if (w === undefined) wording.set(text, (w = wordingOf(text)));
    return w;
  };
  const beforeTexts = new Set(onlyBefore.map((c) => wordingOfText(c.text)));
  const afterTexts = new Set(onlyAfter.map((c) => wordingOfText(c.text)));
  const beforeExact = new Set(onlyBefore.map((c) => c.text));
  const headingsOf = (clauses: T[]) =>
    new Set(clauses.flatMap((c) => (c.heading ? [wordingOfText(c.heading)] : [])));
  const headings = { before: headingsOf(onlyBefore), after: headingsOf(onlyAfter) };
  const seen = new Set<number>();
  const removed = onlyBefore.filter((c) => {
    const w = wordingOfText(c.text);
    return !afterTexts.has(w) && !headings.after.has(w) && !seen.has(c.id) && seen.add(c.id);
  });
  let retyped = 0;
  const added = onlyAfter.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    if (headings.before.has(wordingOfText(c.text))) return false;
    if (!beforeTexts.has(wordingOfText(c.text))) return true;
    if (!beforeExact.has(c.text)) retyped++;
    return false;
  });
  if (removed.length === 0 || added.length === 0) return { added, removed, modified: [], retyped };

  const removedWords = removed.map(words);
  const index = new Map<string, number[]>();
  removedWords.forEach((set, r) => {
    for (const w of set) {
      const list = index.get(w);
      if (list) list.push(r);
      else index.set(w, [r]);
    }
  });
  const candidates: Array<{ similarity: number; a: number; r: number }> = [];
  const df = (w: string) => index.get(w)?.length ?? 0;
  const mark = new Int32Array(removed.length).fill(-1);
  added.forEach((clause, a) => {
    const set = words(clause);
    /*
     * Prefix filtering: a pair this similar shares at least a third of this clause's words, so
     * one of them is among its rarest two thirds (plus one). Past a few dozen candidates the
     * common words are not looked up: they would make every clause a candidate (a full rewrite
     * would cost a comparison per pair), and an edit keeps the rare words that pair it anyway.
     */
    const ordered: Array<[string, number]> = [];
    for (const w of set) {
      const n = df(w);
      if (n > 0) ordered.push([w, n]);
    }
    ordered.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
    const prefix = ordered.slice(0, Math.floor((2 * set.size) / 3) + 1).map(([w]) => w);
    let looked = 0;
    for (const w of prefix) {
      if (looked >= MAX_CANDIDATES) break;
      looked += df(w);
      for (const r of index.get(w)!) {
        if (mark[r] === a) continue;
        mark[r] = a;
        const other = removedWords[r]!;
        // Sets whose sizes differ threefold cannot reach the similarity: not compared.
        if (3 * Math.min(set.size, other.size) < Math.max(set.size, other.size)) continue;
        let shared = 0;
        const [small, large] = set.size <= other.size ? [set, other] : [other, set];
        for (const x of small) if (large.has(x)) shared++;
        const similarity = (2 * shared) / (set.size + other.size);
        if (similarity >= MODIFIED_SIMILARITY) candidates.push({ similarity, a, r });
      }
    }
  });
  candidates.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.r - y.r);
  const pairedAdded = new Map<number, number>();
  const pairedRemoved = new Set<number>();
  for (const c of candidates) {
    if (pairedAdded.has(c.a) || pairedRemoved.has(c.r)) continue;
    pairedAdded.set(c.a, c.r);
    pairedRemoved.add(c.r);
  }
  return {
    added: added.filter((_, a) => !pairedAdded.has(a)),
    removed: removed.filter((_, r) => !pairedRemoved.has(r)),
    modified: [...pairedAdded.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([a, r]) => ({ before: removed[r]!, after: added[a]! })),
    retyped,
  };
}
