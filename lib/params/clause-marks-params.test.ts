import { describe, expect, it } from "vitest";
import { parseClauseMarks } from "./clause-marks-params";

const practices = ["cookies", "retention"];

describe("parseClauseMarks", () => {
  it("reads a known finding, or else a search", () => {
    expect(parseClauseMarks({ finding: "retention" }, practices)).toEqual({ finding: "retention" });
    expect(parseClauseMarks({ q: "  safe   harbor " }, practices)).toEqual({ q: "safe harbor" });
    expect(parseClauseMarks({ finding: ["cookies", "x"], q: "a" }, practices)).toEqual({
      finding: "cookies",
    });
  });

  it("ignores unknown findings, empty searches and odd shapes", () => {
    expect(parseClauseMarks({ finding: "telepathy" }, practices)).toEqual({});
    expect(parseClauseMarks({ q: "   " }, practices)).toEqual({});
    expect(parseClauseMarks({}, practices)).toEqual({});
    expect(parseClauseMarks({ finding: "<b>", q: "\u0000" }, practices)).toEqual({});
  });
});
