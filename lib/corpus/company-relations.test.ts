import { describe, expect, it } from "vitest";
import { recordedLongAgo, samePolicyAs } from "./company-relations";

const google = "a".repeat(64);
const wolfram = "b".repeat(64);

describe("samePolicyAs", () => {
  const shared = samePolicyAs([
    { slug: "google-voice", name: "Google Voice", contentHash: google },
    { slug: "gmail", name: "Gmail", contentHash: google },
    { slug: "signal", name: "Signal", contentHash: "c".repeat(64) },
    { slug: "blogger", name: "Blogger", contentHash: google },
    { slug: "wolframalpha", name: "WolframAlpha", contentHash: wolfram },
    { slug: "wolfram", name: "Wolfram", contentHash: wolfram },
  ]);

  it("names every other company with the same text, in name order, never the company itself", () => {
    expect(shared.get("gmail")).toEqual(["blogger", "google-voice"]);
    expect(shared.get("google-voice")).toEqual(["blogger", "gmail"]);
    expect(shared.get("blogger")).toEqual(["gmail", "google-voice"]);
    expect(shared.get("wolfram")).toEqual(["wolframalpha"]);
  });

  it("gives a company whose text is its own an empty list", () => {
    expect(shared.get("signal")).toEqual([]);
  });

  it("tells texts apart by their hash alone, whatever the names", () => {
    const apart = samePolicyAs([
      { slug: "proton-mail", name: "Proton Mail", contentHash: "d".repeat(64) },
      { slug: "protonmail", name: "ProtonMail", contentHash: "e".repeat(64) },
    ]);
    expect([...apart.values()]).toEqual([[], []]);
  });
});

describe("recordedLongAgo", () => {
  const newest = "2026-08-22";

  it("flags a recording more than a year before the corpus's newest", () => {
    expect(recordedLongAgo("2022-03-11", newest)).toBe(true);
    expect(recordedLongAgo("2025-08-21", newest)).toBe(true);
  });

  it("leaves a recording within the year, the newest itself included", () => {
    expect(recordedLongAgo("2025-08-22", newest)).toBe(false);
    expect(recordedLongAgo("2026-01-25", newest)).toBe(false);
    expect(recordedLongAgo(newest, newest)).toBe(false);
  });
});
