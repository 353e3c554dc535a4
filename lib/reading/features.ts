import { KEYWORD_RULES } from "./keyword-baseline";
import { neededTrigrams, SentenceTrigrams } from "./necessary-trigrams";
import { PRACTICE_SLUGS } from "./practice-slugs";
import { stem } from "./stem";

/*
 * Text → the sparse features the classifier reads. Shared by training and inference so the two
 * can never drift apart. Tokens are lower-cased Porter-step-1 stems; e-mail addresses, web
 * addresses and long numbers become placeholder tokens, because which address or which year a
 * policy names says nothing about the practice, while that it names one does.
 */

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,500}/g;
const NON_TOKEN = /[^a-z0-9]+/;
const DIGITS = /^[0-9]+$/;

/** Longer inputs are read only up to here: a clause is a paragraph, and this bounds the work. */
export const MAX_CLAUSE_CHARS = 20_000;

/* Stems of words already seen: policies reuse a small vocabulary, and stemming is most of tokenizing. */
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

function stemCached(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

export function tokenize(text: string): string[] {
  let cleaned = text
    .slice(0, MAX_CLAUSE_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
  // The address patterns only run where an address can be (most clauses have none).
  if (cleaned.includes("@")) cleaned = cleaned.replace(EMAIL, " zzemail ");
  if (cleaned.includes("http") || cleaned.includes("www."))
    cleaned = cleaned.replace(URL, " zzurl ");
  cleaned = cleaned.replace(/n't\b/g, " not").replace(/'s\b/g, "");
  const out: string[] = [];
  for (const t of cleaned.split(NON_TOKEN)) {
    if (!t) continue;
    if (DIGITS.test(t)) out.push(t.length <= 2 ? t : "zznum");
    else if (t.length > 30) out.push("zzlong");
    else out.push(stemCached(t));
  }
  return out;
}

/* The keyword rules without their case-insensitive flag, run on lower-cased text: same matches, faster. */
const LOWER_CASE_RULES = PRACTICE_SLUGS.map((s) => {
  const rule = new RegExp(KEYWORD_RULES[s].source);
  // The letters any match needs: most clauses are ruled out without running the rule.
  return [s, rule, neededTrigrams(rule)] as const;
});
const clauseTrigrams = new SentenceTrigrams();

/**
 * bigrams: word pairs as well as words. keywords: one feature per practice whose keyword rule
 * (lib/reading/keyword-baseline.ts, written from the labelling guide) the clause matches, so
 * the model can lean on a phrase list that reaches beyond the words its labels happen to use.
 */
export type FeatureOptions = {
  bigrams: boolean;
  keywords: boolean;
  /**
   * Character n-grams of these lengths inside each word ("#c:priv"), word boundaries marked;
   * absent or empty for none.
   */
  chars?: readonly number[];
};

/** Feature → count: unigrams, bigrams ("a_b") and a bucket of the clause's length. */
export function featureCounts(text: string, options: FeatureOptions): Map<string, number> {
  const clipped = text.slice(0, MAX_CLAUSE_CHARS);
  const tokens = tokenize(clipped);
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i]!);
    if (options.bigrams && i > 0) add(`${tokens[i - 1]}_${tokens[i]}`);
  }
  if (options.chars?.length) {
    const words = clipped.toLowerCase().split(NON_TOKEN);
    for (const w of words) {
      if (!w || w.length > 30) continue;
      const padded = `<${w}>`;
      for (const n of options.chars)
        for (let i = 0; i + n <= padded.length; i++) add(`#c:${padded.slice(i, i + n)}`);
    }
  }
  if (options.keywords) for (const f of keywordFeatures(clipped)) add(f);
  add(lengthFeature(tokens.length));
  return counts;
}

/** The keyword rules a clause matches, as features ("#kw-cookies"), in taxonomy order. */
export function keywordFeatures(clipped: string): string[] {
  const lower = clipped.toLowerCase();
  clauseTrigrams.load(lower);
  return LOWER_CASE_RULES.filter(
    ([, rule, needed]) => clauseTrigrams.mayMatch(needed) && rule.test(lower),
  ).map(([s]) => `#kw-${s}`);
}

/** The clause's length in tokens, as a feature of eight bands ("#len3"). */
export const lengthFeature = (tokens: number) =>
  `#len${Math.min(8, Math.floor(Math.log2(tokens + 1)))}`;
