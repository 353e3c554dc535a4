export type Counts = { tp: number; fp: number; fn: number };
export type Scores = { precision: number; recall: number; f1: number; support: number };

export function countsOf(predicted: readonly boolean[], gold: readonly boolean[]): Counts {
  if (predicted.length !== gold.length) throw new Error("predicted and gold differ in length");
  const c = { tp: 0, fp: 0, fn: 0 };
  predicted.forEach((p, i) => {
    const g = gold[i];
    if (p && g) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  });
  return c;
}

/** Precision, recall and F1; a ratio with nothing to divide by counts as 0 (as scikit-learn does). */
export function scoresOf({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

export type MultiLabelReport<L extends string> = {
  perLabel: Record<L, Scores>;
  micro: Scores;
  macroF1: number;
};

/**
 * Per-label, micro (pooled counts) and macro (mean of per-label F1) scores of multi-label
 * predictions, each item's labels given as a set.
 */
export function multiLabelReport<L extends string>(
  labels: readonly L[],
  predicted: ReadonlyArray<ReadonlySet<string>>,
  gold: ReadonlyArray<ReadonlySet<string>>,
): MultiLabelReport<L> {
  const perLabel = {} as Record<L, Scores>;
  const pooled = { tp: 0, fp: 0, fn: 0 };
  for (const label of labels) {
    const c = countsOf(
      predicted.map((p) => p.has(label)),
      gold.map((g) => g.has(label)),
    );
    pooled.tp += c.tp;
    pooled.fp += c.fp;
    pooled.fn += c.fn;
    perLabel[label] = scoresOf(c);
  }
  const macroF1 = labels.reduce((s, l) => s + perLabel[l].f1, 0) / (labels.length || 1);
  return { perLabel, micro: scoresOf(pooled), macroF1 };
}
