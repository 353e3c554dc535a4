import { describe, expect, it } from "vitest";
import { renderEvaluation, type EvaluationData } from "./evaluation-report";
import { multiLabelReport } from "./metrics";

const labels = ["a", "b"];
const gold = [new Set(["a"]), new Set(["b"]), new Set(["a", "b"])];
const run = (predicted: Array<Set<string>>) => ({
  labels,
  support: { a: 2, b: 2 },
  model: multiLabelReport(labels, predicted, gold),
  baseline: multiLabelReport(labels, [new Set(["a"]), new Set(), new Set()], gold),
});

const data: EvaluationData = {
  date: "2026-12-02",
  model: {
    kind: "k",
    description: "A model.",
    clauses: 3,
    policies: 2,
    seedClauses: 0,
    current: true,
  },
  crossValidation: { ...run(gold), folds: 5, clauses: 3, policies: 2 },
  opp115: null,
  agreement: null,
};

describe("renderEvaluation", () => {
  it("says when OPP-115 and the double-labelled sample are absent", () => {
    const md = renderEvaluation(data);
    expect(md).toMatch(/Skipped: `..\/shared\/opp115-dev\/segments.jsonl` is absent/);
    expect(md).toMatch(/No double-labelled sample yet/);
    expect(md).not.toMatch(/Targets on \(b\)/);
    expect(md).toMatch(/\| \*\*micro\*\* \| \| 1.000 \| 1.000 \| \*\*1.000\*\* \|/);
  });

  it("marks each OPP-115 target met or not, and flags stale weights", () => {
    const md = renderEvaluation({
      ...data,
      model: { ...data.model, current: false },
      opp115: {
        ...run([new Set(["a"]), new Set(["b"]), new Set(["a"])]),
        segments: 3,
        policies: 1,
      },
    });
    // micro: tp 4, fp 0, fn 1 → F1 0.889 (met); b: F1 0.667 → macro 0.833 (met); lowest 0.667 (met)
    expect(md).toMatch(
      /micro-F1 ≥ 0.80 — met; macro-F1 ≥ 0.75 — met; no practice below 0.60 — met/,
    );
    expect(md).toMatch(/labels have changed since the committed weights were trained/);
  });

  it("gives the later labels' sample its own agreement table, after the first", () => {
    const report = (kappa: number) => ({
      clauses: 4,
      unmatched: 0,
      exactSets: 0.5,
      perPractice: [{ practice: "cookies" as const, first: 2, second: 2, observed: 1, kappa }],
    });
    const md = renderEvaluation({
      ...data,
      agreement: { ...report(0.9), firstSource: "the first pass" },
      laterAgreement: { ...report(0.7), sample: "the later labels" },
    });
    const first = md.indexOf("| `cookies` | 2 | 2 | 100 % | 0.90 |");
    const later = md.indexOf("| `cookies` | 2 | 2 | 100 % | 0.70 |");
    expect(first).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(md.indexOf("### The later labels"));
    expect(md).toMatch(/4 clauses of the later labels were labelled a second time/);
    expect(renderEvaluation({ ...data, laterAgreement: null })).not.toMatch(/later labels/);
  });

  it("says whether any OPP-115 segment is also a training clause", () => {
    const opp = (sharedWithTraining: number) =>
      renderEvaluation({
        ...data,
        opp115: { ...run(gold), segments: 3, policies: 1, sharedWithTraining },
      });
    expect(opp(0)).toMatch(/No segment's text is also a training clause's/);
    expect(opp(2)).toMatch(/2 segments' texts are also training clauses', word for word/);
  });
});
