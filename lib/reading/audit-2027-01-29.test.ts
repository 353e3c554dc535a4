import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { theirMarketingAsPurpose } from "./read-since-2027-01-02";
import {
  adsServedOnAndOff,
  othersCollectOnTheSite,
  usedForOwnPurposesBeyondThePolicy,
} from "./read-since-2027-01-29";

/*
 * Third-party and use findings the blind double reading of 2027-01-29 (140 machine findings, 10
 * companies) confirmed misread; each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
const SHARED = "shared for others' marketing or advertising";

describe("recipients' own purposes beyond the policy's are sharing without limits (X)", () => {
  const x =
    "If you do not opt out, in some instances the recipients of the information may use it for their own independent purposes in addition to those stated in X’s Privacy Policy, including, for example, to train their artificial intelligence models, whether generative or otherwise.";
  it("reads X's sentence", () => {
    expect(usedForOwnPurposesBeyondThePolicy(x)).toBe(true);
    expect(valuesOf(x, "sharing-without-limits")).toEqual(["shared without stated limits"]);
    expect(rate("third-parties", x).rating).toBe("concerning");
  });
  it("leaves a bar on recipients' own purposes", () => {
    for (const text of [
      "Our service providers may not use your information for their own purposes other than those described in this policy.",
      "Partners are only permitted to use it for their own purposes as described in this policy.",
      "Advertisers may use the information for their own purposes.",
    ])
      expect(valuesOf(text, "sharing-without-limits")).toEqual([]);
  });
});

describe("ads served on and off the service are advertising beyond it (X)", () => {
  const x =
    "We also use this information to measure the effectiveness of ads and to help recognize your devices to serve you ads on and off of X.";
  it("reads X's sentence as advertising sharing, and its use as concerning", () => {
    expect(adsServedOnAndOff(x)).toBe(true);
    expect(valuesOf(x, "advertising-sharing")).toEqual([SHARED]);
    expect(rate("use", x).rating).toBe("concerning");
  });
  it("leaves reports on ads, data received, and a denial", () => {
    for (const text of [
      "Provide insights and measurement reports to businesses to help them understand how their content and ads are performing on and off our Products.",
      "We receive information from our marketing partners, including the actions you take on and off our Sites and Apps.",
      "We do not serve you ads on and off the Service.",
      "You can control how we use this information to personalize the Services and ads on and off Reddit for you as described below.",
    ])
      expect(valuesOf(text, "advertising-sharing")).toEqual([]);
  });
});

describe("partners that may email the user about their promotions market to them (Starbucks)", () => {
  const starbucks =
    "implement your communications preferences, such as sharing information with Starbucks business partners so that they may email you about their promotions, products and initiatives;";
  it("reads Starbucks's sentence as others' marketing", () => {
    expect(theirMarketingAsPurpose(starbucks)).toContain("for their own marketing purposes");
    expect(valuesOf(starbucks, "advertising-sharing")).toEqual([SHARED]);
    expect(rate("use", starbucks).rating).toBe("concerning");
  });
  it("leaves the company's own emails", () => {
    const own =
      "We share information with our service providers so that they can email you about our products on our behalf.";
    expect(theirMarketingAsPurpose(own)).toBeNull();
    expect(valuesOf(own, "advertising-sharing")).toEqual([]);
  });
});

describe("third parties collecting on the site for themselves keep it from protective (UptimeRobot)", () => {
  const sentences = [
    "These analytics providers may set tracking technologies (like cookies) to collect information about your use of our Services and across other websites and online services.",
    "This information allows us and other companies to, among other things, analyze and track usage.",
    "Please note this Privacy Policy only covers the collection of information by UptimeRobot and does not cover the collection of information by any third party advertisers or analytics providers.",
  ];
  it("reads UptimeRobot's sentences", () => {
    for (const s of sentences) expect(othersCollectOnTheSite(s)).toBe(true);
  });
  it("withholds protective, not more", () => {
    const protective = [
      "We do not sell our users’ private personal information.",
      "We share information with service providers who are bound by confidentiality obligations.",
      "Our sub-processors are Stripe and Rollbar.",
    ];
    expect(rate("third-parties", protective).rating).toBe("protective");
    const withOthers = rate("third-parties", [...protective, sentences[0]!]);
    expect(withOthers.rating).toBe("neutral");
    expect(withOthers.reason).toContain("third parties also collect data on the site");
  });
  it("leaves the company's own collection and a denial", () => {
    for (const text of [
      "We collect information about your use of our services across our websites and apps.",
      "Clicking on those links or enabling those connections may allow third parties to collect or share data about you.",
      "We and our third party service providers may use cookies to collect information about your browsing activities over time and across different websites.",
      "This Privacy Policy applies to information that you provide to us (or permit third parties to provide us) or that we collect through the Services.",
      "We do not allow third parties to collect information across other websites through our Services.",
    ])
      expect(othersCollectOnTheSite(text)).toBe(false);
  });
});

describe("facts misread where the rating is right", () => {
  const PROVIDERS = "service-providers" as const;
  it("reads collection, a setting, a change log and relationships as no sharing with providers", () => {
    for (const text of [
      "We may collect this location information or derive it from your GPS, WiFi, Bluetooth or other location-based technology for purposes of facilitating our services, such as to provide you with information about stores near you, to enable you to remotely order and pay for our products and services, or so that you may have certain Starbucks products delivered to you by a third-party vendor.",
      "We may collect this information when you interact with Palantir or Palantir employees, contractor, agents, third-party service providers and partners- for example through providing feedback or sharing your experiences of our products and services with us.",
      "You can turn off geographical location for Freja without any changes to the app, except that you would not be able to find Freja agents via the map anymore.",
      "August 15, 2023: Updated list of sub-processors.",
      "Managing our relationships with current or prospective partners, corporate customers and vendors, and other business partner personnel",
      "We process this personal data on the basis of our legitimate interest to keep our employees, contractors, visitors, our confidential information, intellectual property and that of our customers safe in Palantir designated spaces.",
    ])
      expect(valuesOf(text, PROVIDERS)).toEqual([]);
  });
  it("leaves sharing with providers said beside collection", () => {
    for (const text of [
      "We collect your address and share it with our delivery vendors.",
      "We may share your personal information with service providers who help to protect you and Starbucks from fraud.",
      "You can turn off reminders, and we will still share your data with our service providers.",
    ])
      expect(valuesOf(text, PROVIDERS)).not.toEqual([]);
  });
  it("reads providers only permitted to use data for the company as limited (Last.fm)", () => {
    expect(
      valuesOf(
        "These service providers are only permitted to use your personal information to help us offer the Paramount Services to you and not for any other purpose.",
        PROVIDERS,
      ),
    ).toEqual(["shared with service providers under contract or confidentiality"]);
  });
  it("reads no denial of marketing sharing for minors only or after an opt-out (Starbucks)", () => {
    for (const text of [
      "Additionally, we do not knowingly sell or share information of our customers under the age of 18 for targeted advertising.",
      "If you are a California resident, we will not disclose your personal information to third parties for the third parties’ direct marketing purposes, if you have exercised your option to prevent such disclosures.",
    ])
      expect(valuesOf(text, "no-marketing-sharing")).toEqual([]);
    expect(
      valuesOf(
        "We do not share your personal information with third parties for their direct marketing purposes.",
        "no-marketing-sharing",
      ),
    ).toEqual(["not shared for others' marketing"]);
  });
});
