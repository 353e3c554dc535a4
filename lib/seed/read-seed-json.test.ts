import { describe, expect, it } from "vitest";
import { notJsonProblem } from "./read-seed-json";

const parseError = (raw: string) => {
  try {
    JSON.parse(raw);
  } catch (e) {
    return e as Error;
  }
  throw new Error("parsed");
};

describe("notJsonProblem", () => {
  it("names npm's banner, and how to write the file without it, when the file opens with it", () => {
    const raw =
      '\n> policy-atlas@0.1.0 analyze\n> tsx scripts/analyze.ts p.md --format annotation\n\n{\n  "company": {}\n}\n';
    const problem = notJsonProblem(raw, parseError(raw));
    expect(problem).toContain(`npm's "> …@… analyze" lines`);
    expect(problem).toContain("--out FILE");
    expect(problem).toContain("npm run --silent analyze");
  });

  it("gives the parser's own message for any other malformed file", () => {
    const raw = '{ "company": ';
    expect(notJsonProblem(raw, parseError(raw))).toMatch(/^is not valid JSON \(/);
  });

  it("does not take a markdown quote inside the JSON for a banner", () => {
    const raw = '{ "a": 1,, }\n> x@y z\n';
    expect(notJsonProblem(raw, parseError(raw))).toMatch(/^is not valid JSON \(/);
  });
});
