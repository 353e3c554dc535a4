import { KEYWORD_RULES } from "./keyword-baseline";
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
const TOKEN = /[a-z0-9]+/g;

/** Longer inputs are read only up to here: a clause is a paragraph, and this bounds the work. */
export const MAX_CLAUSE_CHARS = 20_000;

export function tokenize(text: string): string[] {
  const cleaned = text
    .slice(0, MAX_CLAUSE_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(EMAIL, " zzemail ")
    .replace(URL, " zzurl ")
    .replace(/n't\b/g, " not")
    .replace(/'s\b/g, "");
  const out: string[] = [];
  for (const m of cleaned.matchAll(TOKEN)) {
    const t = m[0];
    if (/^[0-9]+$/.test(t)) out.push(t.length <= 2 ? t : "zznum");
    else if (t.length > 30) out.push("zzlong");
    else out.push(stem(t));
  }
  return out;
}

/**
 * bigrams: word pairs as well as words. keywords: one feature per practice whose keyword rule
 * (lib/reading/keyword-baseline.ts, written from the labelling guide) the clause matches, so
 * the model can lean on a phrase list that reaches beyond the words its labels happen to use.
 */
export type FeatureOptions = { bigrams: boolean; keywords: boolean };

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
  if (options.keywords)
    for (const s of PRACTICE_SLUGS) if (KEYWORD_RULES[s].test(clipped)) add(`#kw-${s}`);
  add(`#len${Math.min(8, Math.floor(Math.log2(tokens.length + 1)))}`);
  return counts;
}
