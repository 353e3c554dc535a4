import { describe, expect, it } from "vitest";
import { cpuMs } from "../../tests/helpers/cpu-time";
import { quotedPhrases } from "./quoted-phrases";

describe("quotedPhrases", () => {
  it("reads a quoted phrase as its words and a whole-word pattern", () => {
    expect(quotedPhrases('"do not sell"')).toEqual([
      { words: ["do", "not", "sell"], pattern: "\\mdo[^[:alnum:]]+not[^[:alnum:]]+sell\\M" },
    ]);
  });

  it("keeps the phrases beside other words, and leaves out excluded phrases and single words", () => {
    const phrases = quotedPhrases('opt "out of" -"do not track" "cookies" ("as is")');
    expect(phrases.map((p) => p.words)).toEqual([
      ["out", "of"],
      ["as", "is"],
    ]);
  });

  it("splits on punctuation inside the quotes, as the tsquery does", () => {
    expect(quotedPhrases('"third-party service providers"')[0]!.words).toEqual([
      "third",
      "party",
      "service",
      "providers",
    ]);
  });

  it("reads nothing from an unclosed quote or a query without quotes", () => {
    expect(quotedPhrases('"do not sell')).toEqual([]);
    expect(quotedPhrases("do not sell")).toEqual([]);
  });

  it("bounds what a hostile query can ask for", () => {
    const many = Array.from({ length: 40 }, (_, i) => `"a${i} b${i}"`).join(" ");
    expect(quotedPhrases(many)).toHaveLength(5);
    expect(quotedPhrases(`"${"w ".repeat(100)}"`)[0]!.words).toHaveLength(12);
    expect(cpuMs(() => quotedPhrases(`${'"'.repeat(100_000)}x`))).toBeLessThan(500);
  });
});
