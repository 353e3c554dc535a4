import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvaluationFigures } from "./evaluation-figures";

const sample = `# Evaluation

Written by \`npm run eval\` on 2026-12-02. Model: …

| evaluation | model micro-F1 | model macro-F1 | lowest practice F1 | keywords micro-F1 | keywords macro-F1 |
|---|--:|--:|--:|--:|--:|
| (a) our labels, 5-fold cross-validation by policy | **0.826** | **0.795** | 0.612 | 0.678 | 0.727 |
| (a) the same, each clause read with its heading in front (as \`/analyze\` reads it) | **0.841** | **0.802** | 0.640 | | |
| (b) OPP-115 slice, 25 unseen policies | **0.812** | **0.771** | 0.640 | 0.598 | 0.603 |
`;

describe("evaluation figures", () => {
  it("reads the summary rows and the date from docs/evaluation.md's summary table", () => {
    const f = parseEvaluationFigures(sample);
    expect(f.writtenOn).toBe("2026-12-02");
    expect(f.crossValidation).toMatchObject({
      label: "our labels, 5-fold cross-validation by policy",
      microF1: 0.826,
      macroF1: 0.795,
      lowestF1: 0.612,
    });
    expect(f.crossValidationWithHeadings).toMatchObject({
      microF1: 0.841,
      macroF1: 0.802,
      lowestF1: 0.64,
      keywordsMicroF1: null,
    });
    expect(f.opp115).toMatchObject({
      label: "OPP-115 slice, 25 unseen policies",
      microF1: 0.812,
      macroF1: 0.771,
      keywordsMicroF1: 0.598,
    });
  });

  it("gives nulls, not numbers, for a file it cannot read", () => {
    expect(parseEvaluationFigures("# nothing here")).toEqual({
      writtenOn: null,
      crossValidation: null,
      crossValidationWithHeadings: null,
      opp115: null,
    });
  });

  it("reads the committed docs/evaluation.md", () => {
    const file = readFileSync(
      path.resolve(import.meta.dirname, "..", "docs", "evaluation.md"),
      "utf8",
    );
    const f = parseEvaluationFigures(file);
    expect(f.crossValidation?.microF1).toBeGreaterThan(0);
    expect(f.opp115?.microF1).toBeGreaterThan(0);
  });
});
