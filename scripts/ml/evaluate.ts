/*
 * `npm run eval`: measures the classifier and writes docs/evaluation.md — (a) policy-grouped
 * cross-validation on our labels, (b) the OPP-115 slice in ../shared/opp115-dev/ when present
 * (evaluation only), each beside the keyword baseline, and labelling agreement (kappa).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { labelDirArg } from "./label-dir-arg";
import weights from "../../lib/reading/model/weights.json" with { type: "json" };
import { assignPractices, classifyClauses } from "../../lib/reading/classifier";
import { keywordPractices } from "../../lib/reading/keyword-baseline";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { firstPass, labellingAgreement } from "../../lib/reading/training/agreement";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import {
  renderEvaluation,
  type EvaluationData,
} from "../../lib/reading/training/evaluation-report";
import { labelsDigest, loadTrainingClauses, readLabelDir } from "../../lib/reading/training/labels";
import { countSharedTexts } from "../../lib/reading/training/shared-texts";
import { multiLabelReport } from "../../lib/reading/training/metrics";
import { OPP115_LABELS, readOpp115, toOpp115 } from "./expert-evaluation-set";
import { crossValidatedPredictions, outOfFold } from "../../lib/reading/training/train-model";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OPP115 = path.resolve(ROOT, "..", "shared", "opp115-dev", "segments.jsonl");
const OUT = path.join(ROOT, "docs", "evaluation.md");

const started = performance.now();
const clauses = loadTrainingClauses(ROOT, labelDirArg());
const gold = clauses.map((c) => new Set<string>(c.practices));
const supportOf = (labels: readonly string[], sets: ReadonlyArray<Set<string>>) =>
  Object.fromEntries(labels.map((l) => [l, sets.filter((s) => s.has(l)).length]));

const { probabilities, headed, folds } = outOfFold(clauses, TRAIN_CONFIG);
// Judged at thresholds tuned as `npm run train` tunes them (bare text, or bare and headed pooled).
const tuneOn = TRAIN_CONFIG.poolThresholds ? [probabilities, headed] : [probabilities];
const cvPredicted = crossValidatedPredictions(
  clauses,
  probabilities,
  folds,
  TRAIN_CONFIG.folds,
  tuneOn,
);
const headedPredicted = crossValidatedPredictions(
  clauses,
  headed,
  folds,
  TRAIN_CONFIG.folds,
  TRAIN_CONFIG.poolThresholds ? tuneOn : [headed],
);
const crossValidation = {
  folds: TRAIN_CONFIG.folds,
  clauses: clauses.length,
  policies: new Set(clauses.map((c) => c.policy)).size,
  labels: PRACTICE_SLUGS,
  support: supportOf(PRACTICE_SLUGS, gold),
  model: multiLabelReport(PRACTICE_SLUGS, cvPredicted, gold),
  headed: multiLabelReport(PRACTICE_SLUGS, headedPredicted, gold),
  baseline: multiLabelReport(
    PRACTICE_SLUGS,
    clauses.map((c) => new Set(keywordPractices(c.text))),
    gold,
  ),
};

let opp115: EvaluationData["opp115"] = null;
const segments = readOpp115(OPP115);
if (segments) {
  const oppGold = segments.map((s) => s.labels as Set<string>);
  const predicted = classifyClauses(segments.map((s) => s.text)).map(
    (p) => toOpp115(assignPractices(p)) as Set<string>,
  );
  opp115 = {
    segments: segments.length,
    sharedWithTraining: countSharedTexts(
      segments.map((s) => s.text),
      clauses.map((c) => c.text),
    ),
    policies: new Set(segments.map((s) => s.policy)).size,
    labels: OPP115_LABELS,
    support: supportOf(OPP115_LABELS, oppGold),
    model: multiLabelReport(OPP115_LABELS, predicted, oppGold),
    baseline: multiLabelReport(
      OPP115_LABELS,
      segments.map((s) => toOpp115(keywordPractices(s.text)) as Set<string>),
      oppGold,
    ),
  };
}

// Agreement between the two passes as labelled, before adjudication and review corrected them.
const second = readLabelDir(path.join(ROOT, "ml", "labels-second"));
const first = firstPass(
  readLabelDir(path.join(ROOT, "ml", "labels")),
  path.join(ROOT, "ml", "adjudication.jsonl"),
  [
    path.join(ROOT, "ml", "consistency-review.jsonl"),
    path.join(ROOT, "ml", "label-audit.jsonl"),
    path.join(ROOT, "ml", "opp115-convention-review.jsonl"),
    path.join(ROOT, "ml", "guide-2026-12-03-review.jsonl"),
  ],
);
const agreement = second.length
  ? {
      ...labellingAgreement(first, second),
      firstSource:
        "`ml/labels/` with `ml/adjudication.jsonl` and the reviews (`ml/consistency-review.jsonl`, `ml/label-audit.jsonl`, `ml/opp115-convention-review.jsonl`, `ml/guide-2026-12-03-review.jsonl`) undone, so both passes are compared as labelled, under the guide as it stood before the 2026-12-02 change",
    }
  : null;

// The later labels' own sample, against the first pass as labelled (its adjudication undone).
const laterSecond = readLabelDir(path.join(ROOT, "ml", "labels-second-later"));
const laterAgreement = laterSecond.length
  ? {
      ...labellingAgreement(
        firstPass(
          readLabelDir(path.join(ROOT, "ml", "labels")),
          path.join(ROOT, "ml", "adjudication-later.jsonl"),
          // Later reviews changed some of these clauses too; agreement is on the first pass.
          [path.join(ROOT, "ml", "guide-2026-12-03-review.jsonl")],
        ),
        laterSecond,
      ),
      sample:
        "the labels added on 2026-12-02 by labellers D–Z and AC–AI (13 of each of D–Z's clauses and 15 of each of AC–AI's, chosen by hash; second pass in `ml/labels-second-later/`, adjudication in `ml/adjudication-later.jsonl`)",
    }
  : null;

const report = renderEvaluation({
  date: new Date().toISOString().slice(0, 10),
  model: {
    kind: weights.kind,
    description: weights.description,
    clauses: weights.training.clauses,
    policies: weights.training.policies,
    seedClauses: weights.training.seedClauses,
    current: weights.training.labelsSha256 === labelsDigest(clauses),
  },
  crossValidation,
  opp115,
  agreement,
  laterAgreement,
});
writeFileSync(OUT, report);
const f = (x: number) => x.toFixed(3);
console.log(
  `(a) CV on ${clauses.length} clauses: micro ${f(crossValidation.model.micro.f1)}, macro ${f(crossValidation.model.macroF1)} ` +
    `(keywords ${f(crossValidation.baseline.micro.f1)} / ${f(crossValidation.baseline.macroF1)})`,
);
if (opp115)
  console.log(
    `(b) OPP-115, ${opp115.segments} segments: micro ${f(opp115.model.micro.f1)}, macro ${f(opp115.model.macroF1)} ` +
      `(keywords ${f(opp115.baseline.micro.f1)} / ${f(opp115.baseline.macroF1)})`,
  );
else console.log("(b) OPP-115 skipped: ../shared/opp115-dev/segments.jsonl is absent");
if (agreement) console.log(`agreement: ${agreement.clauses} double-labelled clauses`);
console.log(`wrote docs/evaluation.md in ${((performance.now() - started) / 1000).toFixed(1)} s`);
