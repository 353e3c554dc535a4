import { featureCounts, type FeatureOptions } from "./features";

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
