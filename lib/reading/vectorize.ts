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
 * The vocabulary with its word pairs ("share_data") split into a map per first word, so a clause's
 * pairs are looked up from its two tokens without building a string for each (most pairs are not
 * in the vocabulary).
 */
export type VocabularyIndex = {
  terms: ReadonlyMap<string, number>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
};

export function indexVocabulary(vocabulary: ReadonlyMap<string, number>): VocabularyIndex {
  const pairs = new Map<string, Map<string, number>>();
  for (const [feature, i] of vocabulary) {
    // Tokens hold no "_" (tokenize splits on it), so one in a feature joins a pair.
    const at = feature.indexOf("_");
    if (at <= 0 || feature.startsWith("#")) continue;
    const first = feature.slice(0, at);
    let next = pairs.get(first);
    if (!next) pairs.set(first, (next = new Map()));
    next.set(feature.slice(at + 1), i);
  }
  return { terms: vocabulary, pairs };
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
  const slots = new Map<number, number>();
  const ids: number[] = [];
  const counts: number[] = [];
  const add = (i: number | undefined) => {
    if (i === undefined) return;
    const k = slots.get(i);
    if (k === undefined) {
      slots.set(i, ids.length);
      ids.push(i);
      counts.push(1);
    } else counts[k]!++;
  };
  for (let t = 0; t < tokens.length; t++) {
    add(index.terms.get(tokens[t]!));
    if (options.bigrams && t > 0) add(index.pairs.get(tokens[t - 1]!)?.get(tokens[t]!));
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
