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

describe("legal disclosure: words that are not it", () => {
  it("reads no legal-process limit from data kept beside “production databases” (happn)", () => {
    const text =
      "Your data will be kept in an archive database kept separate from our production databases and only for the purpose of responding to a court order.";
    expect(valuesOf(text, "process-required")).toEqual([]);
    expect(rate("law-enforcement", text).rating).toBe("neutral");
  });

  it("still reads a limit where data is produced only under legal process", () => {
    expect(
      valuesOf(
        "We will produce user records only in response to a valid subpoena or court order.",
        "process-required",
      ),
    ).toEqual(["disclosed only under legal process"]);
  });

  it("reads no discretion from a buyer's legal advisers in a business transfer (Last.fm)", () => {
    const text =
      "We may share your information with a potential purchaser and their legal and financial advisors and others, as appropriate, as part of any actual or contemplated reorganization, restructuring, merger or sale, or other transfer of assets involving our brands or as part of a joint venture or other strategic partnership.";
    expect(valuesOf(text, "discretionary-disclosure")).toEqual([]);
  });

  it("still reads disclosure to authorities as the company thinks appropriate beside advisers", () => {
    expect(
      valuesOf(
        "We may share your information with our legal advisors and with law enforcement authorities, as appropriate.",
        "discretionary-disclosure",
      ),
    ).toEqual(["disclosure on the company's own judgement"]);
  });
});

describe("security: encryption that is no safeguard of the company's", () => {
  it("reads no encryption from identifiers or data shared in encrypted form, nor the user's steps", () => {
    for (const text of [
      "We may also share or receive a common account identifier (such as a hashed or encrypted email address or user ID) or other information with or from our third-party partners.",
      "In particular, we may share information, generally in the aggregated, encrypted or anonymized form, about You with advertisers and advertising-related service providers.",
      "Learn more about steps you can take to protect your account, such as using strong passwords, two-step verification, and encryption.",
    ]) {
      expect(valuesOf(text, "encryption"), text).toEqual([]);
      expect(rate("security", text).reason, text).not.toMatch(/encryption/);
    }
  });

  it("still reads the company's encryption, also beside a hashed identifier", () => {
    expect(
      rate("security", "We use encryption to keep your data private while in transit.").reason,
    ).toBe("neutral: safeguards are stated, including encryption");
    expect(
      valuesOf(
        "We use encryption in transit, and share a hashed or encrypted email address with partners.",
        "encryption",
      ),
    ).toHaveLength(1);
  });
});

describe("policy changes: direct notice that is only what the law may require", () => {
  it("reads a posted notice, or nothing, where the direct channel is the law's (Toyota, Allrecipes, Infolinks, Zillow)", () => {
    const cases: [string, string[]][] = [
      [
        "If we make any material changes to this Privacy Notice, we will notify you by means of a notice on our Platforms prior to the change becoming effective or, if required by law, by e-mail (sent to the e-mail address specified in your account).",
        ["posted on the site"],
      ],
      [
        "If we make material changes to this Policy, we will post the revised Policy on our website and may take additional measures to inform you about such changes if required by applicable data protection laws.",
        ["posted on the site"],
      ],
      [
        "We may also provide notice of material changes to this Privacy Policy in other manners at our discretion and as required by law.",
        [],
      ],
      [
        "If we make material changes to this Privacy Notice, we will notify you through appropriate communication channels, as required by applicable law.",
        [],
      ],
    ];
    for (const [text, values] of cases)
      expect(valuesOf(text, "change-notice"), text).toEqual(values);
  });

  it("still reads direct notice the company commits to beside steps the law requires (Miro)", () => {
    for (const text of [
      "If we make material changes to the Privacy Policy, Miro will take commercially reasonable efforts to notify you and take additional steps as required by law.",
      "If we change this Privacy Policy, we will notify you by email and, where required by law, seek your consent.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual(["direct notice"]);
  });
});
