import { describe, expect, it } from "vitest";
import { factsOf, rate } from "./audit-test-helpers";

/*
 * Disclosure under legal process is data given to authorities because a court or the law asks for
 * it. Data a company keeps because a court orders it is retention: until 2026-12-04 five policies
 * (Discord, AliExpress, Pornhub, Viber, Vimeo) quoted such a sentence as their legal disclosure.
 */
describe("legal disclosure: data kept, not given, under a court order", () => {
  it("reads no disclosure from data retained because the law or a court requires it", () => {
    for (const text of [
      "For example, we retain information where we are required by law or if we are compelled to do so by a court order or regulatory body.",
      "You may delete your account at any time, unless we are required to retain it by applicable law or a court order.",
      "If we receive legal process pertaining to your account, we will retain your data for as long as we in good faith believe is necessary to comply with the legal process.",
    ])
      expect(factsOf(text, "legal-process"), text).toEqual([]);
  });

  it("still reads data given, or kept and given, in answer to legal process", () => {
    for (const text of [
      "We may disclose your information in response to a subpoena or court order.",
      "We may preserve and share your data with law enforcement in response to valid legal process.",
      "We store and may disclose records when we receive a court order.",
    ])
      expect(factsOf(text, "legal-process"), text).toHaveLength(1);
    expect(
      rate(
        "law-enforcement",
        "We may disclose your information in response to a subpoena or court order.",
      ).rating,
    ).toBe("neutral");
  });
});
