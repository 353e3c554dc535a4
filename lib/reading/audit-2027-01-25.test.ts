import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  disclosedForAdvertisingPurposes,
  saidFreeOfCharge,
  saleDeniedOnlyConventionally,
  titledAdvertisingSeriesLead,
  trackersOfOthersInOtherWords,
} from "./read-since-2027-01-25";

/*
 * Misreadings found by the second reading of 2027-01-25 (140 machine findings of 10 companies read
 * again, blind) that the re-audits of 2027-01-23 and 2027-01-24 had passed, each on the policy's
 * own sentence, with a counter-example the fix must leave alone.
 */
describe("disputes: a free third-party dispute resolution provider named behind a link", () => {
  const cloudant = [
    "If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact our U.S.-based third-party dispute resolution provider (free of charge) here.",
    "You may also have the right to complain to the competent supervisory authority.",
  ];
  it("reads Cloudant's provider as a free independent body beside the regulator", () => {
    expect(valuesOf(cloudant[0]!, "independent-body")).toEqual([
      "third-party dispute resolution provider",
    ]);
    expect(rate("disputes", cloudant).rating).toBe("protective");
  });
  it("prefers a body named in the sentence, and leaves one for a framework's users alone", () => {
    expect(
      valuesOf(
        "If you have an unresolved concern, please contact our third-party dispute resolution provider, TRUSTe, free of charge.",
        "independent-body",
      ),
    ).toEqual(["TRUSTe"]);
    expect(
      valuesOf(
        "If you have an unresolved complaint concerning data received under the Data Privacy Framework, please contact our third party dispute resolution provider (free of charge) here.",
        "independent-body",
      ),
    ).toEqual([]);
    expect(saidFreeOfCharge("Please feel free to contact our dispute resolution provider.")).toBe(
      false,
    );
  });
});

describe("third parties and use: data disclosed to third parties for advertising purposes", () => {
  const xfinity =
    "We may disclose personal information to third parties, including for marketing and advertising purposes, which you can control through opt-in or opt-out settings, depending on the type of personal information disclosed.";
  it("reads Xfinity's sentence as sharing for others' advertising, in both practices", () => {
    expect(disclosedForAdvertisingPurposes(xfinity)).toBe(true);
    expect(rate("third-parties", xfinity).rating).toBe("concerning");
    expect(rate("use", xfinity).rating).toBe("concerning");
  });
  it("leaves a denial, marketing alone and aggregated data", () => {
    for (const text of [
      "We do not disclose personal information to third parties for advertising purposes.",
      "We may share personal information with third parties for marketing purposes.",
      "We may share aggregated information with third parties for advertising purposes.",
    ])
      expect(disclosedForAdvertisingPurposes(text), text).toBe(false);
  });
});

describe("third parties: advertising partners titled in a series, and a sale denied only conventionally", () => {
  const item =
    "Marketing, Advertising, and Analytics Partners. We may use advertising and analytics services that are intended to analyze your use of our Services based on information obtained from cookies or other trackers, including for delivering advertising to you (such as interest-based, targeted, or cross-context behavioral advertising).";
  const concession =
    "While we do not sell your Personal Data in the conventional sense, we may use advertising and analytics services that are intended to analyze your use of our Services based on information obtained from cookies or other trackers, including for delivering advertising to you (such as interest-based, targeted, or cross-context behavioral advertising).";
  it("reads Miro's list item under a sharing heading as advertising-sharing", () => {
    expect(titledAdvertisingSeriesLead(item)).toBe(
      "Marketing, Advertising, and Analytics Partners",
    );
    expect(
      valuesOf(item, "advertising-sharing", [
        ["Privacy Policy", "5. How we share and disclose Personal Data"],
      ]),
    ).toEqual(["shared for others' marketing or advertising"]);
  });
  it("reads Miro's concession as the policy's word of a sale, not a denial of marketing sharing", () => {
    expect(saleDeniedOnlyConventionally(concession)).toBe(true);
    expect(valuesOf(concession, "no-marketing-sharing")).toEqual([]);
    expect(rate("third-parties", concession).rating).toBe("concerning");
  });
  it("leaves an analytics title, a plain denial and a denial of marketing sharing", () => {
    expect(
      titledAdvertisingSeriesLead("Marketing and Analytics Partners. We may share data."),
    ).toBe(null);
    expect(saleDeniedOnlyConventionally("We do not sell your Personal Data.")).toBe(false);
    expect(
      valuesOf(
        "We do not share your personal information with third parties for their marketing purposes.",
        "no-marketing-sharing",
      ),
    ).toEqual(["not shared for others' marketing"]);
  });
});

describe("cookies: trackers offered by third parties, partners allowed to use cookies", () => {
  it("reads Xfinity's sentences as third-party tracking", () => {
    expect(
      valuesOf(
        "We may use cookies or other technology—including tracking technologies offered by third parties—to deliver personalized advertising to you when you visit other services, including advertising based on your activities on our Services.",
        "third-party-tracking",
      ),
    ).toEqual(["tracking technologies offered by third parties"]);
    expect(
      valuesOf(
        "We also allow our partners, including advertisers and service providers, to use cookies and similar tracking technologies when you use our Services.",
        "third-party-tracking",
      ),
    ).toEqual(["cookies used by partners, including advertisers"]);
  });
  it("leaves service providers allowed cookies, and a denial", () => {
    for (const text of [
      "We allow our service providers to use cookies to help us run the site.",
      "We do not allow advertisers to use cookies on our Services.",
    ])
      expect(trackersOfOthersInOtherWords(text), text).toBeNull();
  });
});
