/*
 * `npm run cv [-- --labels DIR]`: part (a) of `npm run eval` alone — policy-grouped
 * cross-validation on our labels, bare and with headings, beside the keyword baseline. It
 * never reads ../shared/opp115-dev/ and writes nothing, so it can be run as often as a labelling
 * or training decision needs (the OPP-115 slice is for the one final evaluation only).
 */
import { labelDirArg } from "./label-dir-arg";
import path from "node:path";
import { keywordPractices } from "../../lib/reading/keyword-baseline";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import { loadTrainingClauses } from "../../lib/reading/training/labels";
import { multiLabelReport } from "../../lib/reading/training/metrics";
import { crossValidatedPredictions, outOfFold } from "../../lib/reading/training/train-model";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const started = performance.now();
const clauses = loadTrainingClauses(ROOT, labelDirArg());
const gold = clauses.map((c) => new Set<string>(c.practices));
const { probabilities, headed, folds } = outOfFold(clauses, TRAIN_CONFIG);
const tuneOn = TRAIN_CONFIG.poolThresholds ? [probabilities, headed] : [probabilities];
const judged = (p: typeof probabilities) =>
  multiLabelReport(
    PRACTICE_SLUGS,
    crossValidatedPredictions(clauses, p, folds, TRAIN_CONFIG.folds, tuneOn),
    gold,
  );
const bare = judged(probabilities);
const withHeadings = judged(headed);
const keywords = multiLabelReport(
  PRACTICE_SLUGS,
  clauses.map((c) => new Set(keywordPractices(c.text))),
  gold,
);
const f = (x: number) => x.toFixed(3);
console.log(`${clauses.length} clauses, ${TRAIN_CONFIG.folds} folds split by policy`);
console.log("practice           labelled  bare F1  headed F1  keywords F1");
for (const s of PRACTICE_SLUGS)
  console.log(
    `${s.padEnd(18)} ${String(gold.filter((g) => g.has(s)).length).padStart(8)}  ` +
      `${f(bare.perLabel[s].f1)}    ${f(withHeadings.perLabel[s].f1)}      ${f(keywords.perLabel[s].f1)}`,
  );
console.log(
  `micro / macro F1: bare ${f(bare.micro.f1)} / ${f(bare.macroF1)}, headed ${f(withHeadings.micro.f1)} / ${f(withHeadings.macroF1)}, ` +
    `keywords ${f(keywords.micro.f1)} / ${f(keywords.macroF1)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
