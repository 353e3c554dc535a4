import type { AgreementReport } from "./agreement";
import type { MultiLabelReport } from "./metrics";

export type ScoredRun<L extends string> = {
  labels: readonly L[];
  support: Record<L, number>;
  model: MultiLabelReport<L>;
  baseline: MultiLabelReport<L>;
};

export type EvaluationData = {
  date: string;
  model: {
    kind: string;
    description: string;
    clauses: number;
    policies: number;
    seedClauses: number;
    current: boolean;
  };
  crossValidation: ScoredRun<string> & {
    folds: number;
    clauses: number;
    policies: number;
    /** The same cross-validation with each clause's heading in front, as the reading pipeline reads it. */
    headed?: MultiLabelReport<string>;
  };
  opp115:
    | (ScoredRun<string> & {
        segments: number;
        policies: number;
        /** Segments whose text is also a training clause's, word for word. */
        sharedWithTraining?: number;
      })
    | null;
  agreement: (AgreementReport & { firstSource: string }) | null;
  /** The same measure on a sample of the labels added later, by other labellers. */
  laterAgreement?: (AgreementReport & { sample: string }) | null;
};

const f = (x: number) => x.toFixed(3);
const pct = (x: number) => `${Math.round(x * 100)} %`;

function table(run: ScoredRun<string>): string {
  const rows = run.labels.map((l) => {
    const m = run.model.perLabel[l]!;
    const b = run.baseline.perLabel[l]!;
    return `| \`${l}\` | ${run.support[l]} | ${f(m.precision)} | ${f(m.recall)} | **${f(m.f1)}** | ${f(b.precision)} | ${f(b.recall)} | ${f(b.f1)} |`;
  });
  const m = run.model;
  const b = run.baseline;
  return [
    "| practice | labelled | model P | model R | model F1 | keywords P | keywords R | keywords F1 |",
    "|---|--:|--:|--:|--:|--:|--:|--:|",
    ...rows,
    `| **micro** | | ${f(m.micro.precision)} | ${f(m.micro.recall)} | **${f(m.micro.f1)}** | ${f(b.micro.precision)} | ${f(b.micro.recall)} | ${f(b.micro.f1)} |`,
    `| **macro** (mean F1) | | | | **${f(m.macroF1)}** | | | ${f(b.macroF1)} |`,
  ].join("\n");
}

const minF1 = (r: MultiLabelReport<string>) =>
  Math.min(...Object.values(r.perLabel).map((s) => s.f1));

/** docs/evaluation.md, from the figures `npm run eval` measured. */
export function renderEvaluation(d: EvaluationData): string {
  const cv = d.crossValidation;
  const opp = d.opp115;
  const lines: string[] = [];
  lines.push(
    "# Evaluation of the clause classifier",
    "",
    `Written by \`npm run eval\` on ${d.date}. Model: ${d.model.description} ` +
      `Trained on ${d.model.clauses.toLocaleString("en")} labelled clauses from ${d.model.policies} policies ` +
      `(${d.model.seedClauses} of them the seed policies' curated tags).` +
      (d.model.current
        ? ""
        : " **The labels have changed since the committed weights were trained: run `npm run train`.**"),
    "",
    "P = precision, R = recall, F1 = their harmonic mean; *micro* pools every decision, *macro* is " +
      "the mean of the per-practice F1. Beside the model, in the same run, a keyword-rule baseline " +
      "(`lib/reading/keyword-baseline.ts`: a practice is assigned when the clause contains one of its phrases).",
    "",
    "## Summary",
    "",
    "| evaluation | model micro-F1 | model macro-F1 | lowest practice F1 | keywords micro-F1 | keywords macro-F1 |",
    "|---|--:|--:|--:|--:|--:|",
    `| (a) our labels, ${cv.folds}-fold cross-validation by policy | **${f(cv.model.micro.f1)}** | **${f(cv.model.macroF1)}** | ${f(minF1(cv.model))} | ${f(cv.baseline.micro.f1)} | ${f(cv.baseline.macroF1)} |`,
  );
  if (cv.headed)
    lines.push(
      `| (a) the same, each clause read with its heading in front (as \`/analyze\` reads it) | **${f(cv.headed.micro.f1)}** | **${f(cv.headed.macroF1)}** | ${f(minF1(cv.headed))} | | |`,
    );
  if (opp)
    lines.push(
      `| (b) OPP-115 slice, ${opp.policies} unseen policies | **${f(opp.model.micro.f1)}** | **${f(opp.model.macroF1)}** | ${f(minF1(opp.model))} | ${f(opp.baseline.micro.f1)} | ${f(opp.baseline.macroF1)} |`,
    );
  lines.push("");
  if (opp) {
    const ok = (b: boolean) => (b ? "met" : "**not met**");
    lines.push(
      `Targets on (b): micro-F1 ≥ 0.80 — ${ok(opp.model.micro.f1 >= 0.8)}; macro-F1 ≥ 0.75 — ${ok(opp.model.macroF1 >= 0.75)}; ` +
        `no practice below 0.60 — ${ok(minF1(opp.model) >= 0.6)}.`,
      "",
    );
  }
  lines.push(
    "## (a) Cross-validation on our labels",
    "",
    `${cv.clauses.toLocaleString("en")} clauses of ${cv.policies} policies (\`ml/labels/\` and the seed tags) in ${cv.folds} folds of whole ` +
      "policies: no policy has clauses on both sides of a split, and each fold's vocabulary and weights " +
      "are learnt from the other folds only. Each fold is judged at thresholds tuned on the other " +
      "folds' held-out probabilities, so no clause's own label sets the threshold it is judged at. " +
      "All 14 practices.",
    "",
    table(cv),
    "",
  );
  lines.push("## (b) OPP-115: expert labels on policies we never trained on", "");
  if (!opp) {
    lines.push(
      "Skipped: `../shared/opp115-dev/segments.jsonl` is absent on the machine that ran the evaluation.",
      "",
    );
  } else {
    lines.push(
      `${opp.segments} segments of ${opp.policies} policies, a slice of the OPP-115 corpus: Wilson, Schaub, Dara, Liu, ` +
        "Cherivirala, Leon, Andersen, Zimmeck, Sathyendra, Russell, Norton, Hovy, Reidenberg, Sadeh, " +
        "*The creation and analysis of a website privacy policy corpus*, ACL 2016. A segment carries a " +
        "label when most of its law-student annotators gave it. It is read only here, at evaluation: " +
        "never trained on, never used to set a threshold (its licence allows evaluation only, and it " +
        "is not in this repository)." +
        (opp.sharedWithTraining === undefined
          ? ""
          : opp.sharedWithTraining === 0
            ? " No segment's text is also a training clause's (checked word for word at each evaluation)."
            : ` **${opp.sharedWithTraining} segments' texts are also training clauses', word for word: these figures are not a clean look.**`),
      "",
      "The committed model classifies each segment's text at its operating thresholds. Eleven of our " +
        "practices map onto OPP-115: a prediction of `collection` or `use` counts as " +
        "`first-party` (First Party Collection/Use); `disputes` and `international` have no " +
        "counterpart and are left out. For scale: a TF-IDF logistic regression trained on OPP-115 " +
        "itself scores about 0.77 micro-F1 on policies it has not seen; fine-tuned BERT models report 0.84–0.87.",
      "",
      table(opp),
      "",
    );
  }
  lines.push("## Labelling agreement", "");
  const a = d.agreement;
  if (!a || a.clauses === 0) {
    lines.push(
      "No double-labelled sample yet (`ml/labels-second/`): agreement is computed once it is there.",
      "",
    );
  } else {
    lines.push(
      `${a.clauses} clauses were labelled twice, independently (first pass: ${a.firstSource}; second: ` +
        "`ml/labels-second/`), and are compared here as each labeller left them, before the disagreements were adjudicated. Cohen's kappa per practice measures agreement beyond chance " +
        "(1 = perfect, 0 = chance; above 0.6 is usually read as substantial, above 0.8 as almost perfect); " +
        `both passes gave exactly the same set of practices to ${pct(a.exactSets)} of the clauses.` +
        unmatchedNote(a),
      ...agreementTable(a),
    );
  }
  const later = d.laterAgreement;
  if (later && later.clauses > 0)
    lines.push(
      "### The later labels",
      "",
      `${later.clauses} clauses of ${later.sample} were labelled a second time, independently and ` +
        "blind, and are compared as each labeller left them, before the disagreements were " +
        `adjudicated; both passes gave exactly the same set of practices to ${pct(later.exactSets)} of the clauses.` +
        unmatchedNote(later),
      ...agreementTable(later),
    );
  return lines.join("\n");
}

const unmatchedNote = (a: AgreementReport) =>
  a.unmatched
    ? ` (${a.unmatched} second-pass lines matched no first-pass clause and are left out.)`
    : "";

function agreementTable(a: AgreementReport): string[] {
  return [
    "",
    "| practice | first pass | second pass | agreement | Cohen's kappa |",
    "|---|--:|--:|--:|--:|",
    ...a.perPractice.map(
      (p) =>
        `| \`${p.practice}\` | ${p.first} | ${p.second} | ${pct(p.observed)} | ${p.kappa === null ? "— (no positives)" : p.kappa.toFixed(2)} |`,
    ),
    "",
  ];
}
