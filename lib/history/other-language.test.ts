import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { englishShare, FUNCTION_WORDS, isOtherLanguage, MIN_WORDS } from "./other-language";

const HISTORY = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");

/** A service's recorded versions, oldest first, as the corpus stores them. */
function history(slug: string): Array<{ recordedAt: string; text: string }> {
  return brotliDecompressSync(readFileSync(path.join(HISTORY, `${slug}.jsonl.br`)))
    .toString()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { recordedAt: string; text: string });
}

const daysInOtherLanguage = (slug: string) =>
  history(slug)
    .filter((v) => isOtherLanguage(v.text))
    .map((v) => v.recordedAt.slice(0, 10));

describe("isOtherLanguage", () => {
  it("finds TikTok's French policy of Nov 2, 2021 and nothing else in its history", () => {
    expect(daysInOtherLanguage("tiktok")).toEqual(["2021-11-02"]);
    const french = history("tiktok").find((v) => v.recordedAt.startsWith("2021-11-02"))!;
    expect(french.text).toContain("Politique de confidentialité");
  });

  it("finds the German, Korean and Thai texts Wix's page showed in 2021, not its English navigation pages", () => {
    const days = daysInOtherLanguage("wix");
    expect(days).toHaveLength(14);
    expect(days.every((d) => d >= "2021-03-15" && d <= "2021-06-07")).toBe(true);
    // A page of links ("Get Started * Home * Features * Domains…") has few function words, but some.
    const nav = history("wix").find((v) => /Get Started\s+\*\s+Home\s+\*\s+Features/.test(v.text))!;
    expect(englishShare(nav.text).share).toBeGreaterThan(0.07);
    expect(isOtherLanguage(nav.text)).toBe(false);
  });

  it("finds Allstate's Spanish statement and keeps its English policy", () => {
    const versions = history("allstate");
    const spanish = versions.filter((v) => isOtherLanguage(v.text));
    expect(spanish).toHaveLength(31);
    for (const v of spanish) expect(v.text).toContain("Declaración de privacidad");
    expect(isOtherLanguage(versions[versions.length - 1]!.text)).toBe(false);
  });

  it("reads an English policy as English, with about a third function words", () => {
    const { share } = englishShare(history("signal").at(-1)!.text);
    expect(share).toBeGreaterThan(0.25);
  });

  it("does not judge a text too short to tell", () => {
    const words = "Politique de confidentialité Dernière mise à jour".split(" ");
    expect(words.length).toBeLessThan(MIN_WORDS);
    expect(isOtherLanguage(words.join(" "))).toBe(false);
    expect(isOtherLanguage(Array(40).fill(words.join(" ")).join(" "))).toBe(true);
  });
});

/** The measure as first written (a regular expression over runs of letters): the reference. */
function byRegExp(text: string, functionWords: Set<string>) {
  let words = 0;
  let english = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    words++;
    if (functionWords.has(word.toLowerCase())) english++;
  }
  return { words, share: words ? english / words : 0 };
}

describe("englishShare", () => {
  it("counts words and function words as the regular expression over \\p{L}+ does", () => {
    for (const text of [
      "We may share your data with the companies we work with.",
      "Nous pouvons partager vos données avec nos partenaires à l'étranger.",
      "THE Company AND its affiliates; l’été — naïve ǅemo",
      "𝐀𝐁 the 𝐂 (letters outside the basic plane) and 日本語 the テキスト",
      "a\u0301b the don't we're US-based e-mail",
      "",
      "   123 456 !!! ",
    ])
      expect(englishShare(text), text).toEqual(byRegExp(text, FUNCTION_WORDS));
  });
});
