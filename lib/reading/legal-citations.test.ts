import { describe, expect, it } from "vitest";
import { factsOf, rate } from "./audit-test-helpers";
import { sentencesOf } from "./sentences";

/*
 * Policies under the GDPR cite the article a statement rests on, some 400 times in the corpus
 * ("Right of Access (Art. 15): …"). Found while checking the history's rating changes (Infolinks,
 * 2026-06-30): each citation was read as a sentence's end, so a right lost its label and a quote
 * ended at "Art.". And a legal basis that names a contract with the user is no contract binding
 * a provider.
 */
const texts = (clause: string) => sentencesOf(clause).map((s) => s.text);

describe("an article cited by number does not end a sentence", () => {
  it("keeps each right with its label (Infolinks, Gumb)", () => {
    expect(
      texts(
        "Right of Access (Art. 15): Request a copy of the personal data we hold about you. Right to Erasure (Art. 17): Request deletion of your personal data (right to be forgotten).",
      ),
    ).toEqual([
      "Right of Access (Art. 15): Request a copy of the personal data we hold about you.",
      "Right to Erasure (Art. 17): Request deletion of your personal data (right to be forgotten).",
    ]);
  });

  it("reads German-style citations whole (GraphCMS, Roblox, Tencent)", () => {
    for (const s of [
      "The legal basis for the use of Google Analytics is Art. 6 Par. 1 S. 1 lit. f GDPR.",
      "The legal basis for disclosing information to third party advertising partners is Article 6 sec. 1 sent. 1 lit. a(“consent”).",
      "for cloud services in Singapore, Tencent Cloud International Pte. Ltd. (located in Singapore).",
    ])
      expect(texts(s)).toEqual([s]);
  });

  it("still ends a sentence at a full stop before a number that starts the next", () => {
    expect(texts("We keep logs for 30 days. 2 copies are kept offsite.")).toHaveLength(2);
    expect(texts("See Section 4. 2 more rules apply to children.")).toHaveLength(2);
  });

  it("so the rights are read, and access is protective (Infolinks)", () => {
    const rights = [
      "Right of Access (Art. 15): Request a copy of the personal data we hold about you.",
      "Right to Rectification (Art. 16): Request correction of inaccurate or incomplete data.",
      "Right to Erasure (Art. 17): Request deletion of your personal data (right to be forgotten).",
    ];
    expect(factsOf(rights, "correction-right").map((f) => f.quote)).toContain(
      "Right of Access (Art. 15): Request a copy of the personal data we hold about you.",
    );
    expect(rate("access", rights).rating).toBe("protective");
  });
});

describe("a contract as the legal basis is no limit on service providers", () => {
  it("reads no contract with the provider in a legal basis (Gumb, Stack Overflow)", () => {
    for (const text of [
      "The transmission of your data to the payment service providers is based on Art. 6 para. 1 lit. b GDPR (contract performance).",
      "We and our third-party processors will use your information, including financial information, to process payments when you purchase certain products and services in order to perform a contract with you.",
    ])
      expect(factsOf(text, "service-providers").map((f) => f.value)).toEqual([
        "shared with service providers, limits not stated",
      ]);
  });

  it("still reads providers bound by a contract", () => {
    expect(
      factsOf(
        "We share data with service providers who are bound by contract to keep it confidential.",
        "service-providers",
      ).map((f) => f.value),
    ).toEqual(["shared with service providers under contract or confidentiality"]);
  });
});
