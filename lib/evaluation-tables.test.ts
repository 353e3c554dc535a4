import { describe, expect, it } from "vitest";
import practices from "../seeds/practices.json";
import {
  FIRST_PARTY_NAME,
  parseEvaluationTables,
  readEvaluationTables,
  tablesForReaders,
} from "./evaluation-tables";

const NAMES = new Map(practices.map((p) => [p.slug, p.name]));

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

  it("names each practice as the site does, OPP-115's first-party category in words, and keeps every figure", () => {
    const [summary, perPractice] = parseEvaluationTables(
      [
        "## Summary",
        "| evaluation | micro |",
        "|---|--:|",
        "| (a) ours | **0.728** |",
        "## (b) OPP-115",
        "| practice | labelled | model F1 |",
        "|---|--:|--:|",
        "| `first-party` | 337 | **0.798** |",
        "| `law-enforcement` | 31 | **0.742** |",
        "| **micro** | | **0.731** |",
      ].join("\n"),
    );
    expect(tablesForReaders([summary!, perPractice!], NAMES)).toEqual([
      {
        heading: "(b) OPP-115",
        header: ["practice", "labelled", "model F1"],
        rows: [
          [FIRST_PARTY_NAME, "337", "0.798"],
          ["Legal disclosure", "31", "0.742"],
          ["micro", "", "0.731"],
        ],
      },
    ]);
  });

  it("leaves no practice slug in the committed tables as readers see them", () => {
    const shown = tablesForReaders(readEvaluationTables() ?? [], NAMES);
    expect(shown.map((t) => t.heading)).not.toContain("Summary");
    const firstCells = shown.flatMap((t) => t.rows.map((r) => r[0]));
    expect(firstCells).toContain("Third-party sharing");
    expect(firstCells).toContain(FIRST_PARTY_NAME);
    for (const slug of [...NAMES.keys(), "first-party"]) expect(firstCells).not.toContain(slug);
  });
});
