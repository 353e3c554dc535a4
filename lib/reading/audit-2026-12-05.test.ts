import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { extractFacts, ownNames, type FactKind } from "./extract-facts";
import { factsFor, suggestRating } from "./suggest-rating";

/*
 * Misreadings found by the accuracy audit of 2026-12-05 (25 machine-read companies; collection,
 * use, access, security, international, business transfer, legal disclosure and third parties),
 * each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
const factsOf = (
  text: string | string[],
  kind: FactKind,
  headings?: string[][],
  own?: ReadonlySet<string>,
) =>
  extractFacts(typeof text === "string" ? [text] : text, undefined, own, headings).filter(
    (f) => f.kind === kind,
  );
const valuesOf = (text: string | string[], kind: FactKind, headings?: string[][]) =>
  factsOf(text, kind, headings).map((f) => f.value);
const rate = (
  practice: Parameters<typeof suggestRating>[0],
  text: string | string[],
  headings?: string[][],
) =>
  suggestRating(
    practice,
    factsFor(
      practice,
      extractFacts(typeof text === "string" ? [text] : text, undefined, undefined, headings),
    ),
    1,
  );

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
