import { describe, expect, it } from "vitest";
import { englishShare, FUNCTION_WORDS, isOtherLanguage } from "./other-language";

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

  it("tells a translation from English prose", () => {
    const english = "We may share your information with the service providers we use. ".repeat(30);
    const french =
      "Nous pouvons partager vos informations avec nos prestataires de services. ".repeat(30);
    expect(isOtherLanguage(english)).toBe(false);
    expect(isOtherLanguage(french)).toBe(true);
  });
});
