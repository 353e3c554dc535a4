/* Trains the clause classifier on seeds + ml/labels and writes lib/reading/model/weights.json. */
import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { labelDirArg } from "./label-dir-arg";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import { LabelFileError, loadTrainingClauses } from "../../lib/reading/training/labels";
import { trainModel } from "../../lib/reading/training/train-model";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const WEIGHTS_FILE = path.join(ROOT, "lib", "reading", "model", "weights.json");
const MAX_BYTES = 5 * 1024 * 1024;

const started = performance.now();
let clauses;
try {
  clauses = loadTrainingClauses(ROOT, labelDirArg());
} catch (e) {
  if (e instanceof LabelFileError) {
    console.error(`Labels are invalid: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
const { file } = trainModel(clauses, TRAIN_CONFIG);
const json = JSON.stringify(file) + "\n";
if (json.length > MAX_BYTES) {
  console.error(
    `weights.json would be ${json.length} bytes, over the 5 MB budget: lower maxTerms.`,
  );
  process.exit(1);
}
writeFileSync(WEIGHTS_FILE, json);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Trained on ${file.training.clauses} clauses from ${file.training.policies} policies ` +
    `(${file.training.seedClauses} seed clauses) in ${seconds} s; ` +
    `${file.vocabulary.length} features, ${(statSync(WEIGHTS_FILE).size / 1e6).toFixed(2)} MB.`,
);
console.log(
  `Policy-grouped ${file.crossValidation.folds}-fold CV: micro-F1 ${file.crossValidation.microF1}, macro-F1 ${file.crossValidation.macroF1}`,
);
for (const s of PRACTICE_SLUGS) {
  const n = clauses.filter((c) => c.practices.includes(s)).length;
  console.log(
    `  ${s.padEnd(18)} ${String(n).padStart(5)} labelled  threshold ${file.thresholds[s].toFixed(2)}  CV F1 ${file.crossValidation.perPractice[s].toFixed(3)}`,
  );
}
