import { featureCounts, type FeatureOptions } from "./features";

/** A clause as an L2-normalised TF-IDF vector over the model's vocabulary. */
export type SparseVector = { index: Int32Array; value: Float32Array };

export function vectorize(
  text: string,
  vocabulary: ReadonlyMap<string, number>,
  idf: Float32Array,
  options: FeatureOptions,
): SparseVector {
  const entries: Array<[number, number]> = [];
  for (const [feature, count] of featureCounts(text, options)) {
    const i = vocabulary.get(feature);
    // Sublinear term frequency: a word said five times is stronger evidence, not five times stronger.
    if (i !== undefined) entries.push([i, (1 + Math.log(count)) * idf[i]!]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, v] of entries) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return {
    index: Int32Array.from(entries, (e) => e[0]),
    value: Float32Array.from(entries, (e) => e[1] / norm),
  };
}
