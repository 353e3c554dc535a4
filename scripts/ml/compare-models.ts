/*
 * `npm run train:compare`: the measurement behind TRAIN_CONFIG. Each candidate is scored by
 * policy-grouped cross-validation on our labels only (never OPP-115), at thresholds tuned on the
 * other folds; the table goes to stdout for docs/machine-reading.md.
 */
import path from "node:path";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import { loadTrainingClauses } from "../../lib/reading/training/labels";
import { multiLabelReport } from "../../lib/reading/training/metrics";
import {
  crossValidatedPredictions,
  outOfFold,
  type TrainConfig,
} from "../../lib/reading/training/train-model";
import { labelDirArg } from "./label-dir-arg";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const clauses = loadTrainingClauses(ROOT, labelDirArg());
const gold = clauses.map((c) => new Set<string>(c.practices));
const base = TRAIN_CONFIG;
const linear = (o: Partial<TrainConfig["linear"]>): Partial<TrainConfig> => ({
  linear: { ...base.linear, ...o },
});

const candidates: Array<[string, Partial<TrainConfig> & { headingAtTest?: boolean }]> = [
  ["chosen (TRAIN_CONFIG)", {}],
  [
    "MLP 64, rate 0.2, 15 epochs",
    {
      mlp: {
        hidden: 64,
        epochs: 15,
        learningRate: 0.2,
        lambda: 1e-5,
        positiveWeightPower: 0.5,
        maxPositiveWeight: 5,
        seed: 1,
      },
    },
  ],
  ["without NB scaling (plain TF-IDF logistic regression)", linear({ nbScaling: false })],
  ["heading augmentation", { headingAugment: true }],
  ["heading augmentation, judged with headings", { headingAugment: true, headingAtTest: true }],
  ["chosen, judged with headings", { headingAtTest: true }],
  ["no keyword features", { keywords: false }],
  ["no word pairs", { bigrams: false }],
  ["λ = 3e-5", linear({ lambda: 3e-5 })],
  ["λ = 3e-4", linear({ lambda: 3e-4 })],
  ["no class weighting", linear({ positiveWeightPower: 0 })],
  ["class weight (neg/pos)^1, cap 10", linear({ positiveWeightPower: 1, maxPositiveWeight: 10 })],
  ["40 epochs", linear({ epochs: 40 })],
  ["min df 1", { minDf: 1 }],
];
const only = process.argv.slice(2).filter((a) => !a.startsWith("--") && !a.includes("/"));
console.log(`${clauses.length} clauses, ${new Set(clauses.map((c) => c.policy)).size} policies\n`);
console.log(
  "| candidate | micro-F1 | macro-F1 | lowest practice | seconds |\n|---|--:|--:|--:|--:|",
);
for (const [name, override] of candidates) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const config = { ...base, ...override };
  const started = performance.now();
  const { probabilities, folds } = outOfFold(clauses, config, override);
  const predicted = crossValidatedPredictions(clauses, probabilities, folds, config.folds);
  const r = multiLabelReport(PRACTICE_SLUGS, predicted, gold);
  const low = PRACTICE_SLUGS.reduce((m, s) => (r.perLabel[s].f1 < r.perLabel[m].f1 ? s : m));
  console.log(
    `| ${name} | ${r.micro.f1.toFixed(3)} | ${r.macroF1.toFixed(3)} | ${low} ${r.perLabel[low].f1.toFixed(3)} | ${((performance.now() - started) / 1000).toFixed(1)} |`,
  );
}
