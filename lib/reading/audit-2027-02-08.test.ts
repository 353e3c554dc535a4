import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { countsNotFor } from "./bare-label";
import { extractFacts } from "./extract-facts";
import {
  disclosedToReportACrime,
  notSharedWithAnyThirdParty,
  onlyARepresentative,
  sharedSoTheyCanMarket,
} from "./read-since-2027-02-09";
import { factsFor, suggestRating } from "./suggest-rating";

/*
 * Misreadings the blind double reading of 2027-02-08 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: partners given data so they can market to the user", () => {
  const vodafone =
    "Partner organisations we’ve carefully chosen so they can contact you about their products and services (which may or may not include Vodafone products and services). We’ll ask for your consent before sharing this information;";
  const heading = [["Privacy notice", "How we share your personal information"]];
  it("reads Vodafone Ireland's partners as sharing for others' marketing", () => {
    expect(sharedSoTheyCanMarket(vodafone, "", "How we share your personal information")).toBe(
      true,
    );
    expect(valuesOf(vodafone, "advertising-sharing", heading)).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("third-parties", vodafone, heading).rating).toBe("concerning");
    expect(rate("use", vodafone, heading).rating).toBe("concerning");
  });
  it("leaves the company's own contact, and partners given nothing", () => {
    for (const text of [
      "We use your details so we can contact you about our products and services.",
      "Our partners are chosen so they can offer their products and services on our platform.",
      "Choosing whether we share your personal information with other companies so they can send you offers and promotions about their products and services — We do not share guests’ personal information with other companies for their marketing.",
    ])
      expect(sharedSoTheyCanMarket(text, "", "How we use your data"), text).toBe(false);
  });
});

describe("disputes: a regulator under a heading for the European Region", () => {
  const crowdTangle =
    "You also have the right to lodge a complaint with your local supervisory authority.";
  const headings = [["If you are in the European Region", "How You Exercise Your Rights"]];
  it("reads CrowdTangle's supervisory authority as for some users only: concerning", () => {
    expect(valuesOf(crowdTangle, "regulator", headings)).toEqual([
      "supervisory authority (for some users only)",
    ]);
    expect(rate("disputes", crowdTangle, headings).rating).toBe("concerning");
  });
  it("leaves the same sentence under a heading for everyone", () => {
    expect(rate("disputes", crowdTangle, [["How You Exercise Your Rights"]]).rating).toBe(
      "neutral",
    );
  });
});

describe("international: the EU representative's address alone", () => {
  const imdb =
    "Our EU representative is Amazon Europe Core S.a.r.l., located 38 avenue John F. Kennedy L-1855 Luxembourg";
  it("does not count IMDb's representative as the policy speaking to transfers", () => {
    expect(onlyARepresentative(imdb)).toBe(true);
    expect(countsNotFor("international", imdb)).toBe(true);
    expect(countsNotFor("collection", imdb)).toBe(false);
  });
  it("counts a clause that goes on to transfers", () => {
    const text =
      "Our EU representative is Example Ltd. Your data may be transferred to the United States under standard contractual clauses.";
    expect(onlyARepresentative(text)).toBe(false);
  });
});

describe("legal disclosure: data given to report a suspected crime", () => {
  const vimeo = "We may disclose user data to report suspected crimes.";
  it("reads Vimeo's report of suspected crimes as the company's own judgement", () => {
    expect(disclosedToReportACrime(vimeo)).toBe(true);
    expect(valuesOf(vimeo, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", vimeo).rating).toBe("concerning");
  });
  it("leaves reports the law requires, and a denial", () => {
    for (const text of [
      "We may disclose user data to report suspected crimes where required by law.",
      "We are required to report suspected crimes and may disclose user data to do so.",
      "We do not disclose user data to report suspected crimes.",
    ])
      expect(disclosedToReportACrime(text), text).toBe(false);
  });
});

describe("third parties: personal data given to no third party at all", () => {
  const jottacloud = [
    "We will not sell or market your email address.",
    "We will not disclose your Personal Data to any third parties.",
  ];
  it("reads Jottacloud's promise as protective", () => {
    expect(notSharedWithAnyThirdParty(jottacloud[1]!)).toBe(true);
    expect(valuesOf(jottacloud, "no-sharing")).toEqual(["not disclosed to any third party"]);
    expect(rate("third-parties", jottacloud).reason).toBe(
      "protective: personal data is not disclosed to any third party",
    );
  });
  it("leaves a promise with exceptions, and one beside sharing the policy states", () => {
    for (const text of [
      "We will not disclose your Personal Data to any third parties except our service providers.",
      "Except as described below, we will not disclose your personal data to any third parties.",
      "We do not share your personal information with any third parties for their marketing purposes.",
    ])
      expect(notSharedWithAnyThirdParty(text), text).toBe(false);
    expect(
      rate("third-parties", [
        jottacloud[1]!,
        "We share your data with service providers who host our website.",
      ]).rating,
    ).toBe("neutral");
  });
});

/*
 * The review of these rules (2027-02-09): sentences written to break each, and what each must do.
 */
describe("the review's sentences", () => {
  const promise = "We will not disclose your Personal Data to any third parties.";
  it("keeps 'no sharing' from protective beside a clause that gives data, however it says so", () => {
    for (const other of [
      "We may share your data with our partners.",
      "We may share your information with our affiliates and subsidiaries.",
      "If we are involved in a merger or acquisition, your information may be transferred to the acquirer.",
      "Payments are processed by Stripe.",
    ])
      expect(
        suggestRating("third-parties", factsFor("third-parties", extractFacts([promise, other])), 2)
          .rating,
        other,
      ).not.toBe("protective");
    expect(
      suggestRating("third-parties", factsFor("third-parties", extractFacts([promise])), 1).rating,
    ).toBe("protective");
  });
  it("reads no promise from a recipient's duty, 'other third parties' or one form's data", () => {
    for (const text of [
      "They will not share your personal data with any third parties.",
      "Processors will not disclose the data to any third parties.",
      "We will not share your personal information with other third parties.",
      "We do not share the data with any third parties.",
    ])
      expect(notSharedWithAnyThirdParty(text), text).toBe(false);
  });
  it("reads no sharing for marketing from a promise not to, a processor's task or a platform", () => {
    for (const text of [
      "We will never pass your details to other companies so they can send you offers about their products.",
      "We will not give your data to third parties so that they can contact you about their products and services.",
      "We do not transfer your information to other organisations so they can email you about their own products.",
      "We share your data with third-party service providers so that they can offer their services to us.",
      "We provide a platform for businesses so they can promote their products and services to you.",
    ])
      expect(sharedSoTheyCanMarket(text, "", ""), text).toBe(false);
  });
  it("reads no report of a crime the user makes, nor one the law requires", () => {
    for (const text of [
      "We collect information you provide to report suspected illegal activity on our platform.",
      "You may share information with us to report suspected illegal conduct.",
      "We may disclose user data to report suspected crimes where we are legally obliged to do so.",
      "We may disclose user data to report suspected crimes where the law requires us to.",
      "We may disclose user data to report suspected crimes if we are legally required to.",
    ])
      expect(disclosedToReportACrime(text), text).toBe(false);
    expect(
      disclosedToReportACrime("We may share information to report suspected illegal activities."),
    ).toBe(true);
  });
});
