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

  // The company's own "tracking pixels" (happn's, Wikipedia's) were left here until the double
  // reading of 2027-03-01 read them as the rubric's beacons, whoever runs them
  // (audit-2027-03-01.test.ts); a bare "pixel" with no one else named still is.
  it("leaves a phone named Pixel, a bare pixel and data from our own site alone (Google)", () => {
    for (const text of [
      "Each pixel of the image is stored on your device.",
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

describe("retention facts their quotes support", () => {
  it("deleted on closing the account says nothing of requests, and the reverse", () => {
    expect(
      factsOf(
        "Any cancellation of your Wufoo account will result in the deletion of your account and all form data stored in it.",
        "retention-deletion",
      )[0]?.value,
    ).toBe("deleted when the account is closed");
    expect(
      factsOf(
        "Upon your request, we will delete the personal information we have collected from you.",
        "retention-deletion",
      )[0]?.value,
    ).toBe("deleted on request");
  });

  it("a period the user sets is not the company's; one the company states stays (SurveyMonkey)", () => {
    expect(
      factsOf(
        "You can also set a data retention period between 1-36 months after which data is automatically deleted.",
        "retention-period",
      ),
    ).toEqual([]);
    expect(
      factsOf(
        "We keep logs for 30 days; you can set a shorter period in your settings.",
        "retention-period",
      ).length,
    ).toBe(1);
  });

  it("one kind of data kept indefinitely is said so; data in general stays data (Zoosk)", () => {
    expect(
      rate(
        "retention",
        "We retain blacklists of fraudulent activity or security threats indefinitely in order to protect the security of the Zoosk Services and your personal data.",
      ).reason,
    ).toBe(
      "concerning: blacklists of fraudulent activity or security threats may be kept indefinitely",
    );
    expect(rate("retention", "We may retain your personal data indefinitely.").reason).toBe(
      "concerning: data may be kept indefinitely",
    );
  });

  it("names the data of a period: chat transcripts, queries, information collected via cookies (Chayn, Deutsche Bahn, Binance)", () => {
    expect(
      rate("retention", [
        "For Bloom, chat transcripts are stored for 6 months but booking details are kept for longer.",
      ]).reason,
    ).toBe("neutral: chat transcripts are kept for 6 months; no period is stated for other data");
    expect(
      rate("retention", [
        "Our chatbots store customers' queries for a maximum of 34 days so their self-learning feature can optimise how they operate.",
        "We only store your data for as long as necessary so we can achieve the purpose for which it was collected.",
      ]).reason,
    ).toBe("neutral: queries are kept for up to 34 days; other data is kept as long as necessary");
    expect(
      factsOf(
        "Information collected via cookies, web page counters and other analytics tools is kept for a period of up to one year from the date of the collection of the cookie.",
        "retention-period",
      )[0]?.value,
    ).toMatch(/^information collected via cookies kept for up to 1 year/i);
    expect(factsOf("Cookies are kept for 12 months.", "retention-period")[0]?.value).toMatch(
      /^cookies /,
    );
  });

  it("the same length said again of data pointed back to is one period (Myspace)", () => {
    const periods = factsOf(
      "Data for inactive accounts is stored for a maximum of five years from the date of last activity, but we are not obligated to store such data for the entire five year period.",
      "retention-period",
    );
    expect(periods.map((p) => p.value)).toEqual(["data kept for up to 5 years of inactivity"]);
    expect(
      factsOf("We keep logs for 30 days and backups for 30 days.", "retention-period").length,
    ).toBe(2);
  });
});

describe("cookies: credentials and ad networks", () => {
  it("a definition of cookies or the wording for essential cookies stores no credentials (Zoosk, Substack)", () => {
    for (const text of [
      "A cookie is a small piece of data (text file) that a website – when visited by a user – asks your browser to store on your device in order to remember information about you, such as your language preference or login information.",
      "Without these cookies, services you have asked for such as remembering your login details or data provided for a purchase cannot be provided.",
    ])
      expect(factsOf(text, "credentials-in-cookies"), text).toEqual([]);
    expect(
      factsOf("We use cookies to store your username and password.", "credentials-in-cookies")
        .length,
    ).toBe(1);
  });

  it("an ad network bound not to profile the user tracks no one; one that is not does (DuckDuckGo)", () => {
    expect(
      factsOf(
        "Ad clicks are managed by Microsoft's ad network and Microsoft has committed to not associate your ad-click behavior with a user profile and to not store or share that information other than for accounting purposes.",
        "third-party-tracking",
      ),
    ).toEqual([]);
    expect(factsOf("Ad clicks are managed by an ad network.", "third-party-tracking").length).toBe(
      1,
    );
  });
});
