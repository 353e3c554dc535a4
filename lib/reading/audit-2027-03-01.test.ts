import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { usedToMarketOthersProducts } from "./read-since-2027-02-26";
import {
  disclosedOverPossibleFraud,
  partnerAnalysesForOffers,
  theirCampaignsAndAdsElsewhere,
} from "./read-since-2027-03-02";

/*
 * Misreadings the blind double reading of 2027-03-01 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("legal disclosure: data given to the police over possible fraud", () => {
  const booking =
    "We may also disclose personal data to law enforcement agencies in connection with possible cases of fraud.";
  it("reads Booking.com's as its own judgement: concerning", () => {
    expect(disclosedOverPossibleFraud(booking)).toBe(true);
    expect(rate("law-enforcement", booking).rating).toBe("concerning");
  });
  it("leaves a request it answers, and a denial", () => {
    for (const s of [
      "We disclose personal data to law enforcement agencies in connection with possible cases of fraud when they send us a valid request.",
      "We do not disclose personal data to law enforcement agencies in connection with possible cases of fraud.",
    ])
      expect(disclosedOverPossibleFraud(s), s).toBe(false);
  });
});

describe("third parties and use: a partner's personalised offers", () => {
  const lydia = [
    "In the course of providing additional optional services, Lydia may also disclose your personal data to partners (such as BitPanda, PayLead and Floa). Please note that PayLead analyses your bank transaction data to provide you with personalised offers based on your transaction history and spending habits.",
  ];
  const cashback =
    "The essence of the Cashback Service is thus to allow you to use your banking data to benefit from personalized and relevant offers from the partner companies.";
  it("reads Lydia's partner and its offers: third parties and use concerning", () => {
    expect(rate("third-parties", lydia).rating).toBe("concerning");
    expect(usedToMarketOthersProducts(cashback)).toBe(true);
    expect(rate("use", cashback).rating).toBe("concerning");
  });
  it("leaves the company's own analysis, and its own offers", () => {
    const own = new Set(["Lydia"]);
    expect(
      partnerAnalysesForOffers(
        "Lydia analyses your bank transaction data to provide you with personalised offers.",
        own,
      ),
    ).toBe(false);
    expect(usedToMarketOthersProducts("You may receive personalised offers from Lydia.")).toBe(
      false,
    );
  });
});

describe("third parties: ad servers' own campaigns and ads on other sites", () => {
  const qiwi =
    "These technologies are used to measure the effectiveness of their advertising campaigns and/or to personalize the advertising content that you see on websites that you visit.";
  it("reads Qiwi.gg's: third parties and use concerning", () => {
    expect(theirCampaignsAndAdsElsewhere(qiwi)).toBe(true);
    expect(rate("third-parties", qiwi).rating).toBe("concerning");
    expect(rate("use", qiwi).rating).toBe("concerning");
  });
  it("leaves the company's own campaigns", () => {
    expect(
      theirCampaignsAndAdsElsewhere(
        "These technologies are used to measure the effectiveness of our advertising campaigns.",
      ),
    ).toBe(false);
  });
});

describe("cookies: the company's own tracking pixels", () => {
  const wikimedia =
    "Tracking pixels, which are used to deliver our services as requested and for analytic purposes.";
  it("reads Wikimedia's tracking pixels as the rubric's beacons: concerning", () => {
    expect(valuesOf(wikimedia, "third-party-tracking")).toEqual(["tracking pixels"]);
    expect(rate("cookies", wikimedia).rating).toBe("concerning");
  });
  it("leaves a bare pixel with no one else named, a phone, and a denial", () => {
    for (const s of [
      "The image is 600 pixels wide.",
      "Data from your Google Pixel phone is stored on the device.",
      "We do not use tracking pixels in our emails.",
    ])
      expect(valuesOf(s, "third-party-tracking"), s).toEqual([]);
  });
});
