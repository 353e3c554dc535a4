import { describe, expect, it } from "vitest";
import { differingPractices } from "./grid-differences";
import type { MatrixCell } from "./queries/matrix";
import type { Rating } from "./ratings";

const cell = (company: string, practice: string, rating: Rating): MatrixCell => ({
  company,
  practice,
  rating,
  summary: "",
  provenance: "curated",
  reason: null,
  confidence: null,
  evidence: [],
  facts: [],
});

describe("differingPractices", () => {
  const cells = [
    cell("a", "cookies", "concerning"),
    cell("b", "cookies", "concerning"),
    cell("a", "retention", "neutral"),
    cell("b", "retention", "not-addressed"),
    cell("c", "cookies", "protective"),
  ];

  it("keeps the practices whose ratings differ among the compared companies only", () => {
    expect([...differingPractices(cells, ["a", "b"])]).toEqual(["retention"]);
    expect([...differingPractices(cells, ["a", "b", "c"])].sort()).toEqual([
      "cookies",
      "retention",
    ]);
  });

  it("finds no difference with one company", () => {
    expect(differingPractices(cells, ["a"]).size).toBe(0);
  });
});
