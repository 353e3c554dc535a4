import { describe, expect, it } from "vitest";
import { findBackAndForth, type RecordedText } from "./back-and-forth";

const DAY = 24 * 60 * 60 * 1000;
/** "A@0 B@1 A@1.25": a text key and the day it was recorded (the first is the first recording). */
function history(spec: string): RecordedText[] {
  return spec.split(" ").map((s, i) => {
    const [key, day] = s.split("@");
    const technical = key!.endsWith("~");
    return {
      key: key!.replace("~", ""),
      at: Number(day) * DAY,
      kind: i === 0 ? "first" : technical ? "technical" : "change",
    };
  });
}
const hidden = (spec: string) => findBackAndForth(history(spec)).map((r) => r.hidden);
const returns = (spec: string) => findBackAndForth(history(spec)).map((r) => r.returnsTo);
const comparedTo = (spec: string) => findBackAndForth(history(spec)).map((r) => r.comparedTo);

describe("findBackAndForth", () => {
  it("lists ordinary changes, each new text once", () => {
    expect(hidden("A@0 B@100 C@200 D@210")).toEqual([false, false, false, false]);
    expect(returns("A@0 B@100 C@200 D@210")).toEqual([null, null, null, null]);
  });

  it("leaves out a text withdrawn within hours and the return to the text before it", () => {
    // MediaFire, June 2024: a new text for six hours, then the old one again, four times.
    expect(hidden("A@0 B@10 A@10.25 C@14 A@14.25 A@30 D@60")).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(returns("A@0 B@10 A@10.25 C@14 A@14.25 A@30 D@60")).toEqual([
      null,
      null,
      0,
      null,
      2,
      null,
      null,
    ]);
  });

  it("leaves out a page alternating between two texts for months", () => {
    const alternating = [
      "A@0",
      ...Array.from({ length: 20 }, (_, i) => `${i % 2 ? "A" : "B"}@${100 + i}`),
    ];
    // The last recording repeats the text before it: not a change, so nothing to leave out.
    const flags = hidden([...alternating, "A@200", "C@300"].join(" "));
    expect(flags.slice(1, 21).every(Boolean)).toBe(true);
    expect(flags.slice(21)).toEqual([false, false]);
  });

  it("lists the version where the page settles on a new text after going back and forth", () => {
    // A, then B and A alternate for a few days, then B stays: B stuck, and is listed once.
    expect(hidden("A@0 B@100 A@101 B@102 B@103.5 C@300")).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    // The latest text counts as settled even before the window has passed.
    expect(hidden("A@0 B@100 A@101 B@102")).toEqual([false, true, true, false]);
    // Back and forth that ends on the old text changed nothing.
    expect(hidden("A@0 B@100 A@101 B@102 A@103")).toEqual([false, true, true, true, true]);
  });

  it("treats a text that comes back after more than the window as a change like any other", () => {
    expect(hidden("A@0 B@100 A@300")).toEqual([false, false, false]);
    expect(returns("A@0 B@100 A@300")).toEqual([null, null, null]);
  });

  it("counts the days from when the earlier text stopped being in force, not from when it was recorded", () => {
    // A was recorded years before B; B lasted one day.
    expect(returns("A@0 B@1000 A@1001")).toEqual([null, null, 0]);
  });

  it("never marks the first recording or a re-extraction, and lets re-extractions take part as texts", () => {
    expect(hidden("A@0 B~@100 A@100.5")[0]).toBe(false);
    expect(returns("A@0 B@100 A~@100.5")).toEqual([null, null, null]);
    expect(returns("A@0 B~@100 A@100.5")).toEqual([null, null, 0]);
  });

  it("counts a change the page kept after flickering from the text it last kept, not from the short-lived one", () => {
    // Telegram, May 2024: A until May 6, B on May 6, C for hours on May 9, then B kept.
    const telegram = "A@0 B@100 C@103 B@103.2 D@200";
    expect(hidden(telegram)).toEqual([false, true, true, false, false]);
    expect(comparedTo(telegram)).toEqual([null, 0, 1, 0, 3]);
    // A run of A's versions: counted from the last of them, the text the page showed before B.
    expect(comparedTo("A@0 A@50 B@100 C@103 B@103.2")).toEqual([null, 0, 1, 2, 1]);
    // Alternating, then settling: the page was back on A just before, so from the one before it.
    expect(comparedTo("A@0 B@100 A@101 B@102 B@103.5 C@300")).toEqual([null, 0, 1, 2, 3, 4]);
  });

  it("counts every other version from the one before it, hidden or not", () => {
    expect(comparedTo("A@0 B@100 C@200 D@210")).toEqual([null, 0, 1, 2]);
    expect(comparedTo("A@0 B@10 A@10.25 C@14 A@14.25 A@30 D@60")).toEqual([null, 0, 1, 2, 3, 4, 5]);
    // Back and forth ending on the old text: nothing listed, nothing counted anew.
    expect(comparedTo("A@0 B@100 A@101 B@102 A@103")).toEqual([null, 0, 1, 2, 3]);
  });
});
