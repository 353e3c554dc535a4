import { describe, expect, it } from "vitest";
import { undoneReExtractions, type ExtractedText } from "./undone-re-extraction";

const day = 24 * 60 * 60 * 1000;
const at = (d: number) => Date.UTC(2020, 11, 1) + d * day;

describe("undoneReExtractions", () => {
  it("passes over a re-extraction the next recording undoes (The Register, Dec 23, 2020)", () => {
    const versions: ExtractedText[] = [
      { kind: "change", at: at(7), key: "whole" },
      // Eleven minutes later the page's text again.
      { kind: "technical", at: at(22), key: "half" },
      { kind: "change", at: at(22) + 11 * 60 * 1000, key: "whole" },
    ];
    expect(undoneReExtractions(versions, [false, false, false])).toEqual([false, true, false]);
  });

  it("keeps a re-extraction the page stays on, one followed by another text, or undone too late", () => {
    /** A text "a", then a second version of `kind` with text "b", then `third` on `day`. */
    const afterA = (kind: ExtractedText["kind"], third: string, thirdDay: number) =>
      undoneReExtractions(
        [
          { kind: "change", at: at(0), key: "a" },
          { kind, at: at(1), key: "b" },
          { kind: "change", at: at(thirdDay), key: third },
        ],
        [false, false, false],
      );
    // Stays: the next version keeps the re-extraction's clauses.
    expect(afterA("technical", "b", 2)).toEqual([false, false, false]);
    // A third text after it: a change of the company's, not an undoing.
    expect(afterA("technical", "c", 2)).toEqual([false, false, false]);
    // Back after more than the window: the re-extraction was the page's text for months.
    expect(afterA("technical", "a", 90)).toEqual([false, false, false]);
    // A change, not a re-extraction, is the back-and-forth's to judge.
    expect(afterA("change", "a", 2)).toEqual([false, false, false]);
  });

  it("looks past versions it is told are not read (a failed capture after the re-extraction)", () => {
    expect(
      undoneReExtractions(
        [
          { kind: "change", at: at(0), key: "a" },
          { kind: "technical", at: at(1), key: "b" },
          { kind: "change", at: at(1) + 1000, key: "error page" },
          { kind: "change", at: at(2), key: "a" },
        ],
        [false, false, true, false],
      ),
    ).toEqual([false, true, false, false]);
  });
});
