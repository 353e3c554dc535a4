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

const mlp = (hidden: number): Partial<TrainConfig> => ({
  mlp: {
    hidden,
    epochs: 15,
    learningRate: 0.2,
    lambda: 1e-5,
    positiveWeightPower: 0.5,
    maxPositiveWeight: 5,
    seed: 1,
  },
});

const candidates: Array<[string, Partial<TrainConfig>]> = [
  ["chosen (TRAIN_CONFIG)", {}],
  ["MLP 64, rate 0.2, 15 epochs", mlp(64)],
  ["without NB scaling (plain TF-IDF logistic regression)", linear({ nbScaling: false })],
  ["no heading augmentation", { headingAugment: false }],
  ["no keyword features", { keywords: false }],
  ["no word pairs", { bigrams: false }],
  ["λ = 3e-5", linear({ lambda: 3e-5 })],
  ["λ = 3e-4", linear({ lambda: 3e-4 })],
  ["no class weighting", linear({ positiveWeightPower: 0 })],
  ["class weight (neg/pos)^1, cap 10", linear({ positiveWeightPower: 1, maxPositiveWeight: 10 })],
  ["20 epochs", linear({ epochs: 20 })],
  ["min df 1", { minDf: 1 }],
  ["at most 20,000 features", { maxTerms: 20_000 }],
  ["ensemble: NB-LR and plain LR, log-odds averaged", { ensemble: true }],
  ["character 4-grams in words", { chars: [4] }],
  ["character 3- to 5-grams in words, 80,000 features", { chars: [3, 4, 5], maxTerms: 80_000 }],
  ["character 4-grams in words, 80,000 features", { chars: [4], maxTerms: 80_000 }],
  ["two nearest headings in front", { headingLevels: 2 }],
  ["thresholds tuned on bare and headed text pooled", { poolThresholds: true }],
  ["ensemble, thresholds pooled", { ensemble: true, poolThresholds: true }],
  // Fifth round (12,268 clauses): settings that lost on 3,400 clauses may win on 3.6 times more.
  ["R5 at most 60,000 features", { maxTerms: 60_000 }],
  ["R5 at most 80,000 features", { maxTerms: 80_000 }],
  ["R5 at most 120,000 features", { maxTerms: 120_000 }],
  ["R5 λ = 3e-5", linear({ lambda: 3e-5 })],
  ["R5 λ = 1e-5", linear({ lambda: 1e-5 })],
  ["R5 20 epochs", linear({ epochs: 20 })],
  ["R5 min df 1, 80,000 features", { minDf: 1, maxTerms: 80_000 }],
  ["R5 MLP 128, rate 0.2, 15 epochs", mlp(128)],
  ["R5 character 4-grams in words, 80,000 features", { chars: [4], maxTerms: 80_000 }],
  ["R5 λ = 3e-6", linear({ lambda: 3e-6 })],
  ["R5 λ = 1e-6", linear({ lambda: 1e-6 })],
  ["R5 λ = 1e-5, 20 epochs", linear({ lambda: 1e-5, epochs: 20 })],
  ["R5 λ = 1e-5, 80,000 features", { maxTerms: 80_000, linear: { ...base.linear, lambda: 1e-5 } }],
  ["R5 λ = 3e-6, 80,000 features", { maxTerms: 80_000, linear: { ...base.linear, lambda: 3e-6 } }],
  ["R5 λ = 1e-5, class weight cap 3", linear({ lambda: 1e-5, maxPositiveWeight: 3 })],
  [
    "R5 λ = 1e-5, class weight (neg/pos)^0.75, cap 8",
    linear({ lambda: 1e-5, positiveWeightPower: 0.75, maxPositiveWeight: 8 }),
  ],
  [
    "R5 λ = 1e-5, without the ensemble",
    { ensemble: false, linear: { ...base.linear, lambda: 1e-5 } },
  ],
];
const only = process.argv.slice(2).filter((a) => !a.startsWith("--") && !a.includes("/"));
console.log(`${clauses.length} clauses, ${new Set(clauses.map((c) => c.policy)).size} policies\n`);
console.log(
  "| candidate | micro-F1 | macro-F1 | lowest practice | headed: micro-F1 | headed: macro-F1 | seconds |\n|---|--:|--:|--:|--:|--:|--:|",
);
const summary = (predicted: Array<Set<string>>) => {
  const r = multiLabelReport(PRACTICE_SLUGS, predicted, gold);
  const low = PRACTICE_SLUGS.reduce((m, s) => (r.perLabel[s].f1 < r.perLabel[m].f1 ? s : m));
  return { r, low };
};
for (const [name, override] of candidates) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const config = { ...base, ...override };
  const started = performance.now();
  // One cross-validation gives both readings: bare text (classify, OPP-115) and headed text
  // (the reading pipeline), each judged at thresholds tuned on the other folds.
  const { probabilities, headed, folds } = outOfFold(clauses, config);
  const tuneOn = config.poolThresholds ? [probabilities, headed] : undefined;
  const bare = summary(
    crossValidatedPredictions(clauses, probabilities, folds, config.folds, tuneOn),
  );
  const withHeadings = summary(
    crossValidatedPredictions(clauses, headed, folds, config.folds, tuneOn),
  );
  const f = (x: number) => x.toFixed(3);
  console.log(
    `| ${name} | ${f(bare.r.micro.f1)} | ${f(bare.r.macroF1)} | ${bare.low} ${f(bare.r.perLabel[bare.low].f1)} | ${f(withHeadings.r.micro.f1)} | ${f(withHeadings.r.macroF1)} | ${((performance.now() - started) / 1000).toFixed(1)} |`,
  );
}
