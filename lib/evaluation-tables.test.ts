import { describe, expect, it } from "vitest";
import { parseEvaluationTables, readEvaluationTables } from "./evaluation-tables";

describe("evaluation tables", () => {
  it("turns each markdown table into rows under its section's heading, without emphasis", () => {
    const tables = parseEvaluationTables(
      [
        "# Evaluation",
        "## Summary",
        "| evaluation | micro |",
        "|---|--:|",
        "| (a) ours | **0.73** |",
        "",
        "### Per practice",
        "| a | b |",
        "|:-|-:|",
        "| 1 | 2 |",
        "| 3 | 4 |",
      ].join("\n"),
    );
    expect(tables).toEqual([
      { heading: "Summary", header: ["evaluation", "micro"], rows: [["(a) ours", "0.73"]] },
      {
        heading: "Per practice",
        header: ["a", "b"],
        rows: [
          ["1", "2"],
          ["3", "4"],
        ],
      },
    ]);
  });

  it("reads the committed docs/evaluation.md, summary first", () => {
    const tables = readEvaluationTables();
    expect(tables?.[0]?.heading).toBe("Summary");
    expect(tables?.[0]?.rows.map((r) => r[0])).toEqual([
      expect.stringMatching(/^\(a\) our labels/),
      expect.stringMatching(/^\(a\) the same, each clause read with its heading/),
      expect.stringMatching(/^\(b\)/),
    ]);
  });
});
