import { describe, expect, it } from "vitest";
import { markQuotes } from "./clause-marks";

describe("markQuotes", () => {
  const text = "We keep data. If you cancel, it may be retained in backups. Ask us anything.";

  it("marks a quoted sentence inside a longer clause", () => {
    expect(markQuotes(text, ["If you cancel, it may be retained in backups."])).toEqual([
      { text: "We keep data. ", hit: false },
      { text: "If you cancel, it may be retained in backups.", hit: true },
      { text: " Ask us anything.", hit: false },
    ]);
  });

  it("finds a quote whose line breaks differ from the clause's", () => {
    const parts = markQuotes("One.\nTwo  three.", ["One. Two three."]);
    expect(parts).toEqual([{ text: "One.\nTwo  three.", hit: true }]);
  });

  it("merges overlapping and touching quotes, and leaves text alone when a quote is not there", () => {
    expect(markQuotes(text, ["We keep data. If", "If you cancel", "keep"])).toEqual([
      { text: "We keep data. If you cancel", hit: true },
      { text: ", it may be retained in backups. Ask us anything.", hit: false },
    ]);
    expect(markQuotes(text, ["not in the clause", ""])).toEqual([{ text, hit: false }]);
  });

  it("treats quotes as text, never as patterns", () => {
    expect(markQuotes("a (b) c", ["(b)"])).toEqual([
      { text: "a ", hit: false },
      { text: "(b)", hit: true },
      { text: " c", hit: false },
    ]);
  });
});
