import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { extractFacts, type FactKind } from "./extract-facts";
import { suggestRating } from "./suggest-rating";

/*
 * Misreadings found by the review of 2026-12-03 (second round), each on the policy's own
 * sentence with a counter-example the fix must leave alone.
 */
const factsOf = (text: string | string[], kind: FactKind, headings?: string[][]) =>
  extractFacts(typeof text === "string" ? [text] : text, undefined, undefined, headings).filter(
    (f) => f.kind === kind,
  );
const rate = (practice: Parameters<typeof suggestRating>[0], text: string | string[]) =>
  suggestRating(
    practice,
    extractFacts(typeof text === "string" ? [text] : text).filter((f) => f.practice === practice),
    1,
  );

describe("pixels and data from other sites are third-party tracking", () => {
  it("reads a named platform's pixel and a pixel beside a third party (Facebook, VR, Match)", () => {
    expect(
      factsOf(
        "Websites you visit and cookie data, like through Social Plugins or the Meta Pixel",
        "third-party-tracking",
      )[0]?.value,
    ).toBe("Meta Pixel");
    expect(
      factsOf(
        "This applies to VR’s Facebook pages, the tracking pixel, and messaging services.",
        "third-party-tracking",
      )[0]?.value,
    ).toBe("tracking pixel");
    expect(
      rate(
        "cookies",
        "Specifically, we may use Facebook tools, such as Facebook Login, Pixel, Social plugins, and Facebook SDK for App Events.",
      ).rating,
    ).toBe("concerning");
  });

  it("reads data from an advertiser's website used for ads as tracking across websites (Snapchat)", () => {
    expect(
      factsOf(
        "For example, we may use information collected on an advertiser’s website to show you more relevant ads.",
        "third-party-tracking",
      )[0]?.value,
    ).toBe("advertising tracking across websites");
  });

  it("leaves the company's own pixels, a phone named Pixel and data from our own site alone (happn, Wikipedia, Google)", () => {
    for (const text of [
      "Open rate analysis is carried out using tracking pixels inserted into emails sent to you by HAPPN, with your prior consent.",
      "Locally stored data, JavaScript, and tracking pixels help us do things like:",
      "Information from your Pixel Watch, such as your heart rate, is stored on your device.",
      "We may use information collected on our website to improve the service.",
    ])
      expect(factsOf(text, "third-party-tracking"), text).toEqual([]);
  });

  it("reads SDKs that measure ads as tracking, not SDKs for crash reports (Cafemom)", () => {
    expect(
      factsOf(
        "They may also use other technologies (such as cookies, SDKs, or web beacons) to measure the effectiveness of their advertisements.",
        "third-party-tracking",
      )[0]?.value,
    ).toBe("SDKs");
    expect(factsOf("We use SDKs to collect crash reports.", "third-party-tracking")).toEqual([]);
  });
});

describe("whose marketing data is shared for", () => {
  const paypal =
    "We disclose your Personal Information with service providers and third parties, including those participating in the payment network, to help us provide Services, protect our customers from risk and fraud, market our products, and comply with legal obligations.";

  it("says the company's own marketing when the sharing is to market its products (PayPal)", () => {
    expect(factsOf(paypal, "marketing-sharing")[0]?.value).toBe(
      "shared with third parties to market its own products",
    );
    expect(rate("third-parties", paypal).reason).toBe(
      "neutral: data is shared with third parties to market its own products",
    );
  });

  it("keeps marketing of unstated whose as it was", () => {
    expect(
      factsOf(
        "We may share your information with third parties for marketing purposes.",
        "marketing-sharing",
      )[0]?.value,
    ).toBe("shared with third parties for marketing");
  });
});

describe("a notice of changes under a heading about changing the policy", () => {
  const policy = (heading: string, first: string) =>
    analyzePolicy(
      `# Acme privacy policy\n\n## What we collect\n\nWe collect your email address to run your account.\n\n## ${heading}\n\n${first} If we make material changes, we will notify you by email at least 30 days before they take effect.`,
      { format: "markdown" },
    ).findings.find((f) => f.practice === "policy-changes");

  it("reads the sentence as about the policy: direct notice 30 days before, protective", () => {
    const f = policy("Changes to this policy", "We may update this policy from time to time.");
    expect(f?.rating).toBe("protective");
    expect(f?.reason).toBe("protective: direct notice 30 days before changes take effect");
  });

  it("does not where neither heading nor sentence before is about the policy", () => {
    const f = policy("Our newsletter", "We send a newsletter every month.");
    expect(f?.rating ?? "not-addressed").not.toBe("protective");
  });

  it("reads a notice only posted on the site as posted, not as direct notice (DuckDuckGo)", () => {
    expect(
      factsOf(
        [
          "We may update this policy.",
          "We will notify you of changes by posting the modified version on our website.",
        ],
        "change-notice",
        [["Changes to this policy"], ["Changes to this policy"]],
      ).map((f) => f.value),
    ).toEqual(["posted on the site"]);
  });
});

describe("opt-outs that are no data choice", () => {
  it("an arbitration opt-out is not a choice fact", () => {
    expect(
      factsOf(
        "You may opt out of arbitration within 30 days of creating your account by sending a notice of your decision to opt out to legal@example.com.",
        "opt-out",
      ),
    ).toEqual([]);
    expect(factsOf("You may opt out of marketing emails within 30 days.", "opt-out").length).toBe(
      1,
    );
  });

  it("a label naming a right before text about something else offers nothing (AdSupply)", () => {
    expect(
      factsOf(
        "**Your Right to Opt Out:** Under CCPA’s broad definition, “personal information” may also include unique identifiers, IP addresses, and even inferences.",
        "opt-out",
      ),
    ).toEqual([]);
    expect(factsOf("You have the right to opt out of this “sale.”", "opt-out").length).toBe(1);
    expect(
      factsOf(
        "Right to Withdraw Consent: If you previously gave consent for us to process your data, you can withdraw it at any time",
        "opt-out",
      ).length,
    ).toBe(1);
  });

  it("a right to object to sharing for advertising is an opt-out, an objection in general is not (HSBC)", () => {
    expect(
      factsOf(
        "For example, to ask us not to share your personal information for online advertising",
        "opt-out",
      )[0]?.value,
    ).toMatch(/^of the sharing of personal data/);
    expect(factsOf("You may object to our processing of your information.", "opt-out")).toEqual([]);
  });
});
