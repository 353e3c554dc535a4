import { describe, expect, it } from "vitest";
import { applyLabelChanges, type LabelChange, type LabelLine } from "./label-review";

const labels = (): Map<string, LabelLine[]> =>
  new Map([
    [
      "starbucks.jsonl",
      [
        { id: "a1", policy: "starbucks", practices: ["access"], text: "To designate an agent …" },
        { id: "b2", policy: "starbucks", practices: ["cookies"], text: "Session cookies expire …" },
      ],
    ],
  ]);
const change = (over: Partial<LabelChange>): LabelChange => ({
  file: "starbucks.jsonl",
  id: "a1",
  before: ["access"],
  after: ["access", "choice"],
  reason: "The rights listed include an opt-out of sale.",
  where: "changes.jsonl:1",
  ...over,
});

describe("applyLabelChanges", () => {
  it("changes the clauses and records each change with its policy", () => {
    const files = labels();
    const { problems, records } = applyLabelChanges(
      [
        change({}),
        change({
          id: "b2",
          before: ["cookies"],
          after: ["cookies", "retention"],
          where: "changes.jsonl:2",
        }),
      ],
      files,
    );
    expect(problems).toEqual([]);
    expect(files.get("starbucks.jsonl")!.map((r) => r.practices)).toEqual([
      ["access", "choice"],
      ["cookies", "retention"],
    ]);
    expect(records[0]).toEqual({
      policy: "starbucks",
      id: "a1",
      before: ["access"],
      after: ["access", "choice"],
      reason: "The rights listed include an opt-out of sale.",
    });
  });

  it("refuses a change made against other labels, and then changes nothing at all", () => {
    const files = labels();
    const { problems, records } = applyLabelChanges(
      [
        change({ id: "b2", before: ["cookies"], after: ["cookies", "retention"] }),
        change({ before: ["choice"], where: "changes.jsonl:7" }),
      ],
      files,
    );
    expect(problems).toEqual(['changes.jsonl:7: a1 is labelled "access", not "choice"']);
    expect(records).toEqual([]);
    expect(files.get("starbucks.jsonl")!.map((r) => r.practices)).toEqual([
      ["access"],
      ["cookies"],
    ]);
  });

  it("names unknown files and clauses, a clause changed twice, and a change that changes nothing", () => {
    const { problems } = applyLabelChanges(
      [
        change({ file: "nobody.jsonl", where: "c:1" }),
        change({ id: "zz", where: "c:2" }),
        change({ where: "c:3" }),
        change({ where: "c:4" }),
        change({ id: "b2", before: ["cookies"], after: ["cookies"], where: "c:5" }),
      ],
      labels(),
    );
    expect(problems).toEqual([
      "c:1: no label file ml/labels/nobody.jsonl",
      "c:2: no clause zz in starbucks.jsonl",
      "c:4: clause a1 changed twice",
      "c:5: b2: no change",
    ]);
  });
});
