import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-13 (25 machine-read companies, every 12th
 * from the 11th; access, security, children, policy changes, international, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
describe("access: rights in further words", () => {
  it("reads a right to request the deletion of some of the user's data (Blizzard)", () => {
    const text = [
      "Rectification: You can correct your personal information if you feel it’s inaccurate.",
      "Erasure: You may have a right to request the deletion of some of your personal information Blizzard holds about you.",
    ];
    expect(valuesOf(text[1]!, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", text).rating).toBe("protective");
  });

  it("reads an access request after a short qualifier at a list item's start (Cloudant)", () => {
    expect(
      valuesOf(
        "subject to applicable law, request access to the personal information that we have on you, or have it updated or corrected.",
        "correction-right",
      ),
    ).toEqual(["data can be seen and corrected"]);
  });

  it("reads a wish to change one's data followed by the way to do it (WP Engine)", () => {
    expect(
      valuesOf(
        "If you would like to change information that we maintain about you, you may log into your account and change it or submit a support request for any information to which you don’t have access or the ability to change yourself.",
        "correction-right",
      ),
    ).toEqual(["data can be seen and corrected"]);
  });

  it("leaves the company's right, a government's request and a wish with no way alone", () => {
    for (const text of [
      "Our partners have a right to request the deletion of some of their records we hold.",
      "Government authorities may request access to the personal information that we hold.",
      "If you would like to change information that we maintain about you, note that some fields are fixed.",
    ]) {
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
    }
  });
});

describe("business transfer: a successor bound, users told, and data passing in other words", () => {
  it("reads a buyer that assumes the policy's obligations (OpenSea)", () => {
    const text =
      "If another company acquires our company, business, or assets, that company will possess the information collected by us and will assume the rights and obligations regarding your information as described in this Privacy Policy.";
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("reads notice with words before it, in a sentence pointing back to the event (Allrecipes)", () => {
    const text =
      "We may disclose information in the event we sell or transfer all or a portion of our business or assets (including a reorganization, dissolution, or liquidation). In such an event, we will seek to provide you with commercially reasonable notice, e.g., via email and/or notice on our Sites, of any change in ownership.";
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("leaves notice denied, and another company's own policy, alone", () => {
    for (const text of [
      "In the event of a merger, we will not provide you with commercially reasonable notice of the transfer.",
      "If another company acquires our assets, it will assume the obligations set out in its own privacy policy.",
    ])
      expect(valuesOf(text, "successor-bound"), text).toEqual([]);
  });

  it("reads a business event said in verbs and data disclosed to its buyers (Cloudant)", () => {
    const text =
      "If we decide to sell, buy, merge, or otherwise reorganize businesses in some countries, such a transaction may involve disclosing some personal information to prospective or actual business purchasers, or the collection of personal information from those selling such businesses.";
    expect(valuesOf(text, "transfer-as-asset")).toEqual(["data passes with the business's assets"]);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });

  it("leaves data not disclosed, and buyers of the company's products, alone", () => {
    for (const text of [
      "If we sell, merge or reorganize businesses, we will not disclose personal information to business purchasers.",
      "We sell and buy products and share information with buyers of our products.",
    ])
      expect(valuesOf(text, "transfer-as-asset"), text).toEqual([]);
  });
});
