import { featureCounts, type FeatureOptions } from "../features";

export type Vocabulary = { terms: string[]; index: Map<string, number>; idf: Float32Array };

/**
 * The features seen in at least `minDf` training clauses (at most `maxTerms`, most frequent
 * first), sorted alphabetically so the order depends only on the training texts.
 */
export function buildVocabulary(
  texts: readonly string[],
  options: FeatureOptions & { minDf: number; maxTerms: number },
): Vocabulary {
  const df = new Map<string, number>();
  for (const text of texts)
    for (const f of featureCounts(text, options).keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df]
    .filter(([, n]) => n >= options.minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxTerms)
    .map(([term]) => term)
    .sort();
  const n = texts.length;
  return {
    terms: kept,
    index: new Map(kept.map((t, i) => [t, i])),
    // Smoothed inverse document frequency, as scikit-learn computes it.
    idf: Float32Array.from(kept, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1),
  };
}
