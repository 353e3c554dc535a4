import {
  MAX_CLAUSE_CHARS,
  featureCounts,
  keywordFeatures,
  lengthFeature,
  tokenize,
  type FeatureOptions,
} from "./features";

/** A clause as an L2-normalised TF-IDF vector over the model's vocabulary. */
export type SparseVector = { index: Int32Array; value: Float32Array };

export function vectorize(
  text: string,
  vocabulary: ReadonlyMap<string, number>,
  idf: Float32Array,
  options: FeatureOptions,
): SparseVector {
  return vectorizeCounts(featureCounts(text, options), vocabulary, idf);
}

export function vectorizeCounts(
  counts: ReadonlyMap<string, number>,
  vocabulary: ReadonlyMap<string, number>,
  idf: Float32Array,
): SparseVector {
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let n = 0;
  let norm = 0;
  // Features in the order the clause gives them (deterministic); the dot products need no other.
  for (const [feature, count] of counts) {
    const i = vocabulary.get(feature);
    if (i === undefined) continue;
    // Sublinear term frequency: a word said five times is stronger evidence, not five times stronger.
    const v = (1 + Math.log(count)) * idf[i]!;
    index[n] = i;
    value[n] = v;
    norm += v * v;
    n++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < n; k++) value[k]! /= norm;
  return { index: index.subarray(0, n), value: value.subarray(0, n) };
}

/**
 * The vocabulary indexed by token, so a clause costs one lookup per token (reading speed, issue 10
 * §8): each token the vocabulary uses, alone or in a word pair ("share_data"), has a number; a
 * word's feature is found by its number, and a pair's by its two numbers, in one table keyed by
 * numbers. Most pairs are not in the vocabulary, and no string is built to find that out.
 */
export type VocabularyIndex = {
  terms: ReadonlyMap<string, number>;
  tokens: ReadonlyMap<string, number>;
  /** Token number → its feature's index as a word alone, -1 when it is none. */
  termOf: Int32Array;
  /** first × range + second → the pair's feature index. */
  pairs: ReadonlyMap<number, number>;
  /**
   * A power of two above every token number: with the 4,378 tokens of today's model a pair's key
   * is a small integer, which a map hashes without allocating (a key past 2³⁰ is a heap number).
   */
  range: number;
  /** Feature index → the slot of its count in the clause being read, valid where stamped. */
  scratch: { slot: Int32Array; stamp: Int32Array; now: number };
};

export function indexVocabulary(vocabulary: ReadonlyMap<string, number>): VocabularyIndex {
  const tokens = new Map<string, number>();
  const terms: number[] = [];
  const pairList: Array<[number, number, number]> = [];
  const numberOf = (token: string) => {
    let n = tokens.get(token);
    if (n === undefined) {
      tokens.set(token, (n = tokens.size));
      terms.push(-1);
    }
    return n;
  };
  for (const [feature, i] of vocabulary) {
    if (feature.startsWith("#")) continue;
    // Tokens hold no "_" (tokenize splits on it), so one in a feature joins a pair.
    const at = feature.indexOf("_");
    if (at < 0) terms[numberOf(feature)] = i;
    else if (at > 0)
      pairList.push([numberOf(feature.slice(0, at)), numberOf(feature.slice(at + 1)), i]);
  }
  let range = 2;
  while (range < tokens.size) range *= 2;
  const pairs = new Map(pairList.map(([a, b, i]) => [a * range + b, i]));
  let size = 0;
  for (const i of vocabulary.values()) size = Math.max(size, i + 1);
  return {
    terms: vocabulary,
    tokens,
    termOf: Int32Array.from(terms),
    pairs,
    range,
    scratch: { slot: new Int32Array(size), stamp: new Int32Array(size), now: 0 },
  };
}

/** The index of the pair `first_second` in the vocabulary, if it has one. */
export function pairIndex(index: VocabularyIndex, first: string, second: string) {
  const a = index.tokens.get(first);
  const b = index.tokens.get(second);
  return a === undefined || b === undefined ? undefined : index.pairs.get(a * index.range + b);
}

/**
 * vectorize for classifying (reading speed): the same vector, to the bit — the vocabulary's
 * features in the order featureCounts first meets them, with the same counts — without counting
 * the features the vocabulary does not hold. A model with character n-grams takes vectorize.
 */
export function vectorizeIndexed(
  text: string,
  index: VocabularyIndex,
  idf: Float32Array,
  options: FeatureOptions,
): SparseVector {
  if (options.chars?.length) return vectorize(text, index.terms, idf, options);
  const clipped = text.slice(0, MAX_CLAUSE_CHARS);
  const tokens = tokenize(clipped);
  const { scratch } = index;
  if (++scratch.now === 0x7fffffff) {
    scratch.stamp.fill(0);
    scratch.now = 1;
  }
  const now = scratch.now;
  const ids: number[] = [];
  const counts: number[] = [];
  const add = (i: number | undefined) => {
    if (i === undefined || i < 0) return;
    if (scratch.stamp[i] !== now) {
      scratch.stamp[i] = now;
      scratch.slot[i] = ids.length;
      ids.push(i);
      counts.push(1);
    } else counts[scratch.slot[i]!]!++;
  };
  const { termOf, pairs, range } = index;
  let previous = -1;
  for (let t = 0; t < tokens.length; t++) {
    const n = index.tokens.get(tokens[t]!);
    if (n === undefined) {
      previous = -1;
      continue;
    }
    add(termOf[n]);
    if (options.bigrams && previous >= 0) add(pairs.get(previous * range + n));
    previous = n;
  }
  if (options.keywords) for (const f of keywordFeatures(clipped)) add(index.terms.get(f));
  add(index.terms.get(lengthFeature(tokens.length)));
  const value = new Float32Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const v = (1 + Math.log(counts[k]!)) * idf[ids[k]!]!;
    value[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < ids.length; k++) value[k]! /= norm;
  return { index: Int32Array.from(ids), value };
}
