/*
 * `npm run labels:audit [-- --practice cookies] [--top 20]`: the labels the model most
 * confidently disagrees with, judged by a model that never saw the clause's policy
 * (policy-grouped cross-validation). A list to re-read against docs/labelling.md; the model is
 * not always right, but a confident disagreement is where a label is most often wrong.
 */
import path from "node:path";
import { isPracticeSlug, PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";
import { TRAIN_CONFIG } from "../../lib/reading/training/config";
import { loadTrainingClauses } from "../../lib/reading/training/labels";
import { outOfFold, thresholdsFrom } from "../../lib/reading/training/train-model";
import { labelDirArg } from "./label-dir-arg";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg("--practice");
if (only && !isPracticeSlug(only)) {
  console.error(`Unknown practice "${only}". Known: ${PRACTICE_SLUGS.join(", ")}`);
  process.exit(1);
}
const top = Number(arg("--top") ?? 20);

const clauses = loadTrainingClauses(ROOT, labelDirArg());
const { probabilities } = outOfFold(clauses, TRAIN_CONFIG);
const thresholds = thresholdsFrom(probabilities, clauses);
const doubts = clauses.flatMap((c, i) =>
  PRACTICE_SLUGS.flatMap((s, k) => {
    if (only && s !== only) return [];
    const p = probabilities[i]![k]!;
    const labelled = c.practices.includes(s);
    const predicted = p >= thresholds[s];
    if (labelled === predicted) return [];
    // Distance past the threshold, on the log-odds scale, as the strength of the disagreement.
    const logit = (x: number) => Math.log(Math.max(1e-6, x) / Math.max(1e-6, 1 - x));
    return [{ c, s, p, labelled, strength: Math.abs(logit(p) - logit(thresholds[s])) }];
  }),
);
doubts.sort((a, b) => b.strength - a.strength);
for (const d of doubts.slice(0, top)) {
  const verdict = d.labelled
    ? `labelled ${d.s}, model gives ${d.p.toFixed(2)}`
    : `not labelled ${d.s}, model gives ${d.p.toFixed(2)}`;
  console.log(
    `${d.c.source} (${d.c.policy}, id ${d.c.id}): ${verdict}\n  [${d.c.practices.join(" ")}] ${d.c.text.slice(0, 300)}\n`,
  );
}
console.log(
  `${doubts.length} disagreements in all; showing the ${Math.min(top, doubts.length)} strongest.`,
);
