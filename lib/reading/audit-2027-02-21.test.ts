import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  adsOfItsOwnNetwork,
  answeredInThePublicInterest,
  askUsNotToShare,
  bodyNamedOnRequest,
  companiesThatMarketToYou,
  residentsOfACountryHeading,
} from "./read-since-2027-02-22";

/*
 * Misreadings the blind double reading of 2027-02-21 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: others' marketing and advertising", () => {
  const nyt = [
    "If you’re a U.S. print subscriber, we may share your name and mailing address (among other information) with other reputable companies that want to market to you by mail.",
    "You can also ask us to not share your information with third parties for marketing purposes.",
  ];
  it("reads The New York Times' companies that market by mail: concerning, and the request as no denial", () => {
    expect(companiesThatMarketToYou(nyt[0]!)).toBe(true);
    expect(askUsNotToShare(nyt[1]!)).toBe(true);
    expect(valuesOf(nyt[1]!, "no-marketing-sharing")).toEqual([]);
    expect(rate("third-parties", nyt, undefined, 2).rating).toBe("concerning");
    expect(rate("use", nyt, undefined, 2).rating).toBe("concerning");
  });
  it("leaves a denial", () => {
    expect(
      companiesThatMarketToYou(
        "We do not share your name with other companies that want to market to you.",
      ),
    ).toBe(false);
    expect(
      valuesOf(
        "We do not share your information with third parties for their marketing purposes.",
        "no-marketing-sharing",
      ),
    ).toEqual(["not shared for others' marketing"]);
  });

  const alphaVantage =
    "Google may use the collected data to contextualise and personalise the ads of its own advertising network.";
  it("reads Alpha Vantage's Google using the data for its own network's ads: concerning", () => {
    expect(adsOfItsOwnNetwork(alphaVantage)).toBe(true);
    expect(rate("third-parties", alphaVantage).rating).toBe("concerning");
    expect(rate("use", alphaVantage).rating).toBe("concerning");
  });
  it("leaves a denial of it", () => {
    expect(
      adsOfItsOwnNetwork(
        "Google does not use the collected data to personalise the ads of its own advertising network.",
      ),
    ).toBe(false);
  });
});

describe("legal disclosure: requests answered in a public interest", () => {
  const bolt =
    "For example, we may also share your personal data with law enforcement or other public authorities, including responding to requests when the information is required by law or furthers a public interest task.";
  it("reads Bolt's as disclosure on the company's own judgement: concerning", () => {
    expect(answeredInThePublicInterest(bolt)).toBe(true);
    expect(rate("law-enforcement", bolt).rating).toBe("concerning");
  });
  it("leaves a request the law requires", () => {
    expect(
      answeredInThePublicInterest(
        "We respond to requests from law enforcement when the response is required by law.",
      ),
    ).toBe(false);
  });
});

describe("disputes: an unnamed body on request, a country's residents' heading", () => {
  const kick =
    "If you are not satisfied that your complaint has been resolved then you can request from us the contact information for the relevant local governing body regarding your complaint.";
  it("reads Kick's body named on request as further recourse: neutral", () => {
    expect(bodyNamedOnRequest(kick)).toBe("an outside body named on request");
    expect(rate("disputes", kick).rating).toBe("neutral");
  });
  it("reads Instacart's authority under “Disclosures for Residents of Canada” as some users'", () => {
    const heading = ["16. Disclosures for Residents of Canada"];
    expect(residentsOfACountryHeading(heading)).toBe(true);
    expect(
      valuesOf(
        "You also have the right to complain directly to the appropriate data protection authority.",
        "regulator",
        [heading],
      )[0],
    ).toMatch(/for some users only/);
    expect(residentsOfACountryHeading(["Your rights"])).toBe(false);
  });
});

describe("policy changes: a material change in how data is used", () => {
  const nyt =
    "If we make a significant or material change in the way we collect, use or share your personal information, we will notify you at least 30 days prior to the changes taking effect.";
  it("reads The New York Times' notice 30 days ahead: protective", () => {
    expect(rate("policy-changes", nyt).rating).toBe("protective");
  });
});
