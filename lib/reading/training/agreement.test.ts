import { describe, expect, it } from "vitest";
import type { PracticeSlug } from "../practice-slugs";
import { labellingAgreement } from "./agreement";
import type { LabelledClause } from "./labels";

const clause = (id: string, practices: PracticeSlug[], policy = "acme"): LabelledClause => ({
  id,
  policy,
  headingPath: [],
  text: `clause ${id}`,
  practices,
  source: "test",
});

describe("labellingAgreement", () => {
  it("matches clauses by policy and id and computes kappa per practice", () => {
    const first = [
      clause("1", ["cookies"]),
      clause("2", ["cookies", "choice"]),
      clause("3", []),
      clause("4", ["choice"]),
      clause("9", ["cookies"], "other"),
    ];
    const second = [
      clause("1", ["cookies"]),
      clause("2", ["cookies"]),
      clause("3", []),
      clause("4", ["choice"]),
      clause("5", ["cookies"]),
    ];
    const r = labellingAgreement(first, second);
    expect(r.clauses).toBe(4);
    expect(r.unmatched).toBe(1);
    const cookies = r.perPractice.find((p) => p.practice === "cookies")!;
    expect(cookies).toMatchObject({ first: 2, second: 2, observed: 1, kappa: 1 });
    const choice = r.perPractice.find((p) => p.practice === "choice")!;
    // first: 2 yes of 4; second: 1 yes; po = 3/4; pe = .5·.25 + .5·.75 = .5 → kappa .5
    expect(choice.kappa).toBeCloseTo(0.5);
    expect(r.perPractice.find((p) => p.practice === "children")!.kappa).toBeNull();
    expect(r.exactSets).toBe(0.75);
  });
});

describe("firstPass", () => {
  it("undoes the review and then the adjudication, restoring what the first labeller wrote", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { firstPass } = await import("./agreement");
    const dir = mkdtempSync(path.join(tmpdir(), "first-pass-"));
    const adjudication = path.join(dir, "adjudication.jsonl");
    const review = path.join(dir, "review.jsonl");
    writeFileSync(
      adjudication,
      JSON.stringify({
        policy: "acme",
        id: "1",
        first: ["choice"],
        second: ["cookies"],
        resolved: ["cookies"],
      }) + "\n",
    );
    writeFileSync(
      review,
      [
        { policy: "acme", id: "1", before: ["cookies"], after: ["cookies", "use"] },
        { policy: "acme", id: "2", before: ["law-enforcement"], after: [] },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const current = [clause("1", ["cookies", "use"]), clause("2", []), clause("3", ["security"])];
    expect(firstPass(current, adjudication, review).map((c) => c.practices)).toEqual([
      ["choice"],
      ["third-parties", "law-enforcement"],
      ["security"],
    ]);
    expect(firstPass(current, path.join(dir, "none"), path.join(dir, "none"))).toEqual(current);
  });

  it("takes a clause's label from the earliest of several reviews", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { firstPass } = await import("./agreement");
    const dir = mkdtempSync(path.join(tmpdir(), "first-pass-"));
    const older = path.join(dir, "older.jsonl");
    const newer = path.join(dir, "newer.jsonl");
    writeFileSync(
      older,
      JSON.stringify({ policy: "acme", id: "1", before: ["choice"], after: ["use"] }) + "\n",
    );
    writeFileSync(
      newer,
      [
        { policy: "acme", id: "1", before: ["use"], after: [] },
        { policy: "acme", id: "2", before: ["access"], after: ["choice"] },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const current = [clause("1", []), clause("2", ["choice"])];
    expect(
      firstPass(current, path.join(dir, "none"), [older, newer]).map((c) => c.practices),
    ).toEqual([["choice"], ["access"]]);
  });
});
