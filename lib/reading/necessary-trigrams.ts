import { parseRegExpLiteral } from "@eslint-community/regexpp";
import type { Alternative, Element, Node } from "@eslint-community/regexpp/ast";

/*
 * A rule's gate is a regular expression tested on every sentence, and an unanchored expression
 * tries every position of the sentence even when the sentence holds none of its words: about a
 * microsecond per test, a fifth of a reading at ~170 gates (docs/machine-reading.md, "Using it").
 * So each gate is read once for the letters any match must contain — runs of three or more
 * literal characters, as trigrams — and a sentence holding none of them is known to miss
 * without running the expression. The filter only ever says "cannot match"; a sentence that
 * passes it is still tested by the expression itself, so the answers are the expression's.
 */

/** Trigrams are hashed into this many buckets: a collision only lets a sentence through. */
const BUCKETS = 4096;
const hash = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & (BUCKETS - 1);

/**
 * Conditions that any match meets, all of them: each is a list of alternatives, and a condition
 * holds when every trigram of one of its alternatives is in the sentence. Null when nothing is
 * known to be needed (an alternative of the expression made only of classes, or of fewer than
 * three letters in a row). Each condition is one flat array, every alternative as its count of
 * trigrams then its trigrams: a reading of the 40 kB bench policy checks some 44,000.
 */
export type NeededTrigrams = Int16Array[] | null;

/** Alternatives past this are given up (an unfiltered pattern is slower, never wrong). */
const MAX_ALTERNATIVES = 128;
/** Alternatives of a branch made from pairing its conditions' alternatives, at most. */
const MAX_PAIRINGS = 16;
/** An alternative is kept to this many trigrams: fewer checks, still a necessary condition. */
const MAX_TRIGRAMS = 8;
/** Conditions kept for a pattern, the most telling first. */
const MAX_CONDITIONS = 4;

type Alternatives = number[][];
/** All of these hold; [] means nothing is needed. */
type Conditions = Alternatives[];

function trigramsOf(run: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < run.length; i++)
    out.push(hash(run.charCodeAt(i), run.charCodeAt(i + 1), run.charCodeAt(i + 2)));
  return [...new Set(out)];
}

/** How much a condition rules out: its shortest alternative's trigrams, then fewer alternatives. */
const telling = (c: Alternatives) => Math.min(...c.map((a) => a.length)) * 1000 - c.length;
const mostTellingFirst = (cs: Conditions) => [...cs].sort((a, b) => telling(b) - telling(a));

/** One condition that a branch's conditions imply: their pairing when small, else the most telling. */
function asOne(cs: Conditions): Alternatives {
  const sorted = mostTellingFirst(cs);
  let joined: Alternatives = [[]];
  for (const c of sorted) {
    if (joined.length * c.length > MAX_PAIRINGS) break;
    joined = joined.flatMap((x) => c.map((y) => [...new Set([...x, ...y])]));
  }
  return joined;
}

/** One of the branches holds: each branch as one condition, their alternatives together. */
function either(branches: Conditions[]): Conditions {
  if (branches.some((b) => b.length === 0)) return [];
  let all = branches.flatMap(asOne);
  // Too many: each alternative keeps only its first trigram, and alternatives alike merge.
  if (all.length > MAX_ALTERNATIVES) all = [...new Set(all.map((alt) => alt[0]!))].map((t) => [t]);
  return all.length > MAX_ALTERNATIVES ? [] : [all];
}

/** An ASCII character the sentence's lower case keeps as the expression's lower case does. */
function literalChar(node: Element): string | null {
  if (node.type !== "Character" || node.value > 0x7e || node.value < 0x20) return null;
  return String.fromCharCode(node.value).toLowerCase();
}

function ofAlternative(alt: Alternative): Conditions {
  const needed: Conditions = [];
  let run = "";
  const flush = () => {
    if (run.length >= 3) needed.push([trigramsOf(run)]);
    run = "";
  };
  for (const element of alt.elements) {
    const ch = literalChar(element);
    if (ch !== null) {
      run += ch;
      continue;
    }
    flush();
    needed.push(...ofElement(element));
  }
  flush();
  return needed;
}

function ofElement(node: Node): Conditions {
  switch (node.type) {
    case "Group":
    case "CapturingGroup":
    case "Pattern":
      return node.alternatives.length === 1
        ? ofAlternative(node.alternatives[0]!)
        : either(node.alternatives.map(ofAlternative));
    case "Quantifier":
      return node.min >= 1 ? ofElement(node.element) : [];
    default:
      // Assertions match no characters; classes, sets and back-references name no letters.
      return [];
  }
}

// Rules also build their readers as they read ("first(REGULATOR)(s)"): each pattern is read once.
const read = new WeakMap<RegExp, NeededTrigrams>();

/** The trigrams a match of `re` must contain, read from its source once. */
export function neededTrigrams(re: RegExp): NeededTrigrams {
  let needed = read.get(re);
  if (needed === undefined) read.set(re, (needed = readNeededTrigrams(re)));
  return needed;
}

function readNeededTrigrams(re: RegExp): NeededTrigrams {
  // Under the u or v flag a case-insensitive letter also matches non-ASCII forms ("ſ" for "s")
  // that lower-casing the sentence does not turn into it.
  if (re.flags.includes("i") && /[uv]/.test(re.flags)) return null;
  const needed = mostTellingFirst(ofElement(parseRegExpLiteral(re).pattern));
  if (needed.length === 0) return null;
  return needed
    .slice(0, MAX_CONDITIONS)
    .map((c) =>
      Int16Array.from(
        c.flatMap((alt) => [Math.min(alt.length, MAX_TRIGRAMS), ...alt.slice(0, MAX_TRIGRAMS)]),
      ),
    );
}

/** Off only in the test that reads policies both ways and compares every fact. */
export const screening = { on: true };

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The trigrams of one sentence, in its lower case, for checking many gates against it. */
export class SentenceTrigrams {
  private readonly seen = new Int32Array(BUCKETS);
  private stamp = 0;
  /** The sentence loaded last. */
  text: string | undefined;

  load(sentence: string): void {
    this.text = sentence;
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    // Only ASCII letters are lowered, in place of a lower-cased copy: the trigrams are of ASCII
    // literals, and without the u flag a case-insensitive pattern matches an ASCII letter only
    // with an ASCII letter, so no match is lost.
    const { seen, stamp } = this;
    let a = lowerAscii(sentence.charCodeAt(0));
    let b = lowerAscii(sentence.charCodeAt(1));
    for (let i = 2; i < sentence.length; i++) {
      const c = lowerAscii(sentence.charCodeAt(i));
      seen[hash(a, b, c)] = stamp;
      a = b;
      b = c;
    }
  }

  /** False only when no match of the gate can be in the sentence loaded last. */
  mayMatch(needed: NeededTrigrams): boolean {
    if (needed === null || !screening.on) return true;
    for (const condition of needed) if (!this.holds(condition)) return false;
    return true;
  }

  private holds(alternatives: Int16Array): boolean {
    const { seen, stamp } = this;
    for (let at = 0; at < alternatives.length;) {
      const end = at + 1 + alternatives[at]!;
      let i = at + 1;
      while (i < end && seen[alternatives[i]!] === stamp) i++;
      if (i === end) return true;
      at = end;
    }
    return false;
  }
}

/** The sentence being read, loaded once by the reading for its gates and the rules' own patterns. */
export const readingTrigrams = new SentenceTrigrams();
// A rewrite of it ("blanked" words, read-since-*.ts) that a rule's pattern is asked about: the
// rules of a kind are asked about the same rewrite in turn.
const rewritten = new SentenceTrigrams();

/**
 * A cheap first look for a pattern a rule runs itself: false only when no match of `re` can be
 * in the sentence. Patterns with g or y keep state between runs and are never skipped.
 */
export function screen(re: RegExp): (s: string) => boolean {
  const needed = /[gy]/.test(re.flags) ? null : neededTrigrams(re);
  if (needed === null) return () => true;
  return (s) => {
    if (s === readingTrigrams.text) return readingTrigrams.mayMatch(needed);
    if (s !== rewritten.text) rewritten.load(s);
    return rewritten.mayMatch(needed);
  };
}
