import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import { analyzePolicy } from "./analyze-policy";
import { ownNames } from "./extract-facts";

/*
 * Misreadings found by the accuracy audit of 2026-12-05 (25 machine-read companies; collection,
 * use, access, security, international, business transfer, legal disclosure and third parties),
 * each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("use: data given for others' advertising", () => {
  it("the use rule reads the third-party fact it names (Bolt, XING: until then 'no fact found')", () => {
    for (const text of [
      "In addition, we may share your personal data with marketing platform providers, including social media advertising services, advertising networks, third-party data providers, to reach or better understand our users.",
      "By linking these technical IDs, we can identify users and provide advertising partners with information such as whether a user is a registered XING user.",
    ]) {
      const use = rate("use", text);
      expect(use.rating, text).toBe("concerning");
      expect(use.reason).toBe("concerning: used for others' marketing or advertising");
    }
    // A policy that gives data only to its service providers still reads no fact on use.
    expect(
      rate("use", "We share your information with service providers who process it on our behalf.")
        .rating,
    ).toBe("neutral");
  });

  it("the whole reading shows the fact on the use finding too", () => {
    const reading = analyzePolicy(
      "# Privacy Policy\n\n## How we use and share data\n\nWe use your data to provide the service. We may share your information with advertisers so that they can show you ads.\n",
      { format: "markdown" },
    );
    const use = reading.findings.find((f) => f.practice === "use")!;
    expect(use.rating).toBe("concerning");
    expect(use.facts.map((f) => f.kind)).toContain("advertising-sharing");
  });

  it("the user's giving, or the company's receiving, is no sharing by the company (Google, The New York Times)", () => {
    const google = new Set(["Google"]);
    expect(
      factsOf(
        "You may also see ads on Google products and services, including Search, Gmail, and YouTube, based on information, such as your email address, that you provided to advertisers and the advertisers then shared with Google.",
        "advertising-sharing",
        undefined,
        google,
      ),
    ).toEqual([]);
    expect(
      factsOf(
        "This data comes from ad tracking technologies set by us or the third party (e.g., cookies), the information you provide (e.g., your email address), your use of Times Services (e.g., your reading history), information from advertisers or advertising vendors (e.g., demographic data) and anything inferred from any of this information.",
        "advertising-sharing",
      ),
    ).toEqual([]);
    // The company's own giving after the user's stays: "information you provide to us may be shared with advertisers".
    expect(
      valuesOf(
        "Information you provide to us may be shared with advertisers for their own marketing.",
        "advertising-sharing",
      ),
    ).toHaveLength(1);
  });

  it("products the company says it offers are its own, not partners (Google)", () => {
    // Past the policy's opening three clauses, whose names are all the company's.
    const opening = ["Privacy Policy", "Who we are.", "What this policy covers."];
    const own = ownNames("Google Privacy Policy", [
      ...opening,
      "To help our partners manage their advertising and websites, we offer many products, including AdSense, Google Ads, Google Analytics, and a range of DoubleClick-branded services.",
    ]);
    expect(own.has("AdSense")).toBe(true);
    // A tool the company uses is still a partner: "we use services, including Google Analytics".
    const uses = ownNames("Acme Privacy Policy", [
      ...opening,
      "We use third-party services, including Google Analytics, to measure traffic.",
    ]);
    expect(uses.has("Google Analytics")).toBe(false);
  });
});

describe("access: deletion asked for or granted by its noun", () => {
  it("a right or request to deletion or erasure is a deletion right (noyb, Rubicon Project, BankID, X, Viaplay, GM)", () => {
    for (const text of [
      "More Details: You have the right to access, to rectify, to erasure, to object, to restrict processing, to data portability, to withdraw your consent and to launch a complaint with your local data protection authority.",
      "Under California law, you have the right to access, correct, and request deletion of your data.",
      "In certain cases, you have the right to request the immediate erasure of your personal data:",
      "To submit a request related to access, modification, or deletion of your information, or someone else’s information if you are their authorized agent, you may also contact us as specified in the How To Contact X section of our Privacy Policy below.",
      "right to deletion — a right to under certain circumstances have data removed,",
      "Delete my Personal Information",
    ])
      expect(valuesOf(text, "deletion-right"), text).toEqual(["data can be deleted on request"]);
  });

  it("a request for correction and deletion is both rights, so access is protective (Project Gutenberg)", () => {
    const text =
      "All requests for data addition, correction, or deletion should be sent by email to errata2026 (at) pglaf.org";
    expect(rate("access", text).rating).toBe("protective");
  });

  it("leaves alone the company's own right, counts of requests, and other periods", () => {
    for (const text of [
      "If you are a SurveyMonkey Basic (free) user on our platforms and you have not engaged with the service actively for some time, we reserve the right to delete your account and data in accordance with our data retention policy.",
      "We retain correspondence and responses to requests for six years after account deletion.",
      "The number of CCPA requests to delete that illumin received, compiled with whole or part and denied in 2024: 194, 194 and 0.",
      "Delete My Personal Information Request — 414 — 276 — 138 — 42",
      "The processing is unlawful and you oppose the erasure of your personal data and instead request the restriction of its use;",
    ])
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
    // A request for access alone may be another's: no correction right.
    expect(
      valuesOf(
        "We respond to law enforcement requests for access to data as the law requires.",
        "correction-right",
      ),
    ).toEqual([]);
  });
});

describe("business transfer: users told, or the policy kept, in other words", () => {
  const NOTIFIED = "users notified or successor bound by the policy";
  it("'you will be notified', 'we will always inform you', 'this Privacy Policy will apply' (The Trade Desk, Viaplay, X)", () => {
    expect(
      valuesOf(
        "If the Trade Desk is involved in a merger, acquisition, or sale of all or a portion of its assets, in such case you will be notified via email and/or a prominent notice on our websites of any change in ownership or uses of your information, as well as any choices you have regarding your information.",
        "successor-bound",
      ),
    ).toEqual([NOTIFIED]);
    expect(
      valuesOf(
        "Prospective purchasers of our business in case we sell or negotiate to sell our business to a buyer or prospective buyer. We will always inform you before a transfer of your data is carried out to a buyer or becomes subject to a different privacy Statement.",
        "successor-bound",
      ),
    ).toEqual([NOTIFIED]);
    expect(
      valuesOf(
        "We may share, sell, or transfer information about you in connection with a merger, acquisition, reorganization, sale of assets, or bankruptcy. This Privacy Policy will apply to your personal information that is shared with (before and after the close of any transaction) or transferred to the new entity.",
        "successor-bound",
      ),
    ).toEqual([NOTIFIED]);
  });

  it("a sentence that goes on with the merger before it is read with it, so Linear's is neutral, not concerning", () => {
    const linear =
      "All of your Personal Data that we collect may be transferred to a third party if we undergo a merger, acquisition, bankruptcy or other transaction in which that third party assumes control of our business (in whole or in part). Should one of these events occur, we will make reasonable efforts to notify you before your information becomes subject to different privacy and security policies and practices.";
    expect(rate("business-transfer", linear).rating).toBe("neutral");
    // Notice of something else, after no business event, binds no buyer.
    expect(
      valuesOf(
        "We may update this policy from time to time. You will be notified of these changes by email.",
        "successor-bound",
      ),
    ).toEqual([]);
    // Nor does a marketplace's buyer make a sentence about a business transfer.
    expect(
      valuesOf(
        "When you buy an item, we share your address with the seller. The buyer will be notified when the item ships.",
        "successor-bound",
      ),
    ).toEqual([]);
  });
});

describe("business transfer: the data passing, said by a heading or with no determiner", () => {
  const PASSES = "data passes with the business's assets";
  it("an occasion listed under a heading of sharing that names a merger (SurveyMonkey, IPinfo, FedEx)", () => {
    expect(
      valuesOf(
        "To facilitate a sale, merger or change in control of all or any part of our company or business or in preparation for any of these events.",
        "transfer-as-asset",
        [["4. How we share or disclose Personal Data", "4.2 Information we share"]],
      ),
    ).toEqual([PASSES]);
    expect(
      rate(
        "business-transfer",
        "In connection with a corporate re-organization, a merger or amalgamation with another entity, a sale of all or a substantial portion of our assets or stock, including any due diligence exercise carried out in relation to the same.",
        [["When IPinfo Shares Your Information"]],
      ).rating,
    ).toBe("concerning");
    // The same words under another heading, a label alone, or a payment card's acquirer are none.
    for (const [text, heading] of [
      [
        "To facilitate a sale, merger or change in control of all or any part of our company or business.",
        "How we use your information",
      ],
      ["Corporate Transactions:", "How We Share Your Personal Data"],
      [
        "If you pay by credit card through the Websites, we may forward your credit card information to the credit card issuer and the credit card acquirer.",
        "Disclosure of personal data",
      ],
    ] as const)
      expect(valuesOf(text, "transfer-as-asset", [[heading]]), text).toEqual([]);
  });

  it("'any information', 'information about you' and 'information we collect' are data passing (Palia, X, Atlassian)", () => {
    for (const text of [
      "In the event of a reorganization, dissolution, merger, sale or bankruptcy, we may transfer any information we collect to relevant third parties and will obtain your consent to do so where required.",
      "We may share, sell, or transfer information about you in connection with a merger, acquisition, reorganization, sale of assets, or bankruptcy.",
      "Business Transfers: We may disclose or transfer information we collect under this privacy policy in connection with any merger, sale of company assets, financing, reorganization, dissolution, or acquisition of all or a portion of our business to another company.",
    ])
      expect(valuesOf(text, "transfer-as-asset"), text).toEqual([PASSES]);
  });

  it("the policy itself assigned with the data binds the buyer (Cloudflare, MediaFire)", () => {
    const text =
      "We may assign or transfer this Policy, as well as information covered by this Policy, in the event of a merger, sale, change in control, or reorganization of all or part of our business.";
    expect(rate("business-transfer", text).rating).toBe("neutral");
    // Assigning rights under a contract is not the policy: no commitment read.
    expect(
      valuesOf(
        "We may assign our rights under the Terms in the event of a merger or acquisition.",
        "successor-bound",
      ),
    ).toEqual([]);
  });
});

describe("security: encryption the company says it cannot decrypt", () => {
  it("is the rubric's encryption the company cannot read (We Heart It, Proctorio)", () => {
    const text =
      "Some services are encrypted and collect data that we are not capable of decrypting under any circumstances.";
    expect(rate("security", text).reason).toBe(
      "protective: encryption the company cannot read (data it cannot decrypt)",
    );
    expect(
      valuesOf(
        "For the avoidance of doubt, the recordings are encrypted, and Proctorio cannot decrypt the audio, video, screen recordings and images collected and stored by Proctorio.",
        "encryption",
      ),
    ).toEqual(["data it cannot decrypt"]);
    // Encryption the company applies and can read stays a safeguard, not more.
    expect(
      rate(
        "security",
        "We encrypt your data in transit and decrypt it on our servers for processing.",
      ).rating,
    ).toBe("neutral");
    // Nor is a user who cannot decrypt the company's promise.
    expect(
      valuesOf(
        "If you lose your password, you cannot decrypt your encrypted backups.",
        "encryption",
      ),
    ).not.toContain("data it cannot decrypt");
  });
});

describe("legal disclosure: beyond what the law requires, in the policy's words", () => {
  it("'Other than where we are required by applicable laws … we reserve the right to disclose' is the company's own judgement (Honkai: Star Rail)", () => {
    const text =
      "Other than where we are required by applicable laws and regulations, we reserve the right to disclose your personal data in the cases if we, in our good faith, believe that disclosing such data is necessary to identify, contact, or bring legal action against you.";
    expect(rate("law-enforcement", text).rating).toBe("concerning");
    // Disclosure only where the law requires it is not.
    expect(
      valuesOf(
        "We may provide a certain portion of your personal data to governmental authorities as so requested according to applicable laws and regulations.",
        "discretionary-disclosure",
      ),
    ).toEqual([]);
  });
});
