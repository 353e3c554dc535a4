import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { sharingLeadIns } from "./extract-facts";
import {
  advertisersLetCollect,
  onlyWhenObligedByLaw,
  partnersListedToAimAds,
} from "./read-since-2027-02-27";

/*
 * Misreadings the blind double reading of 2027-02-26 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: partners given data to aim ads, as a list's item", () => {
  const heading = ["TP-LINK PRIVACY POLICY", "4. HOW WE SHARE YOUR INFORMATION"];
  const tpLink = [
    "(1) With Our Authorized Partners: We may share your information with our authorized partners. We share information with our authorized partners to",
    "promote safety, security, and integrity and comply with applicable laws;",
    "personalize offers, ads, and other sponsored or commercial content;",
    "develop and provide features and integrations;",
  ];
  const headings = tpLink.map(() => heading);
  it("reads a sentence the list completes as its lead-in", () => {
    expect(sharingLeadIns(tpLink, headings)).toEqual([
      "",
      "We share information with our authorized partners to",
      "We share information with our authorized partners to",
      "We share information with our authorized partners to",
    ]);
  });
  it("reads TP-Link's item: third parties and use concerning", () => {
    expect(partnersListedToAimAds(tpLink[2]!, "We share information with our partners to")).toBe(
      true,
    );
    expect(rate("third-parties", tpLink, headings).rating).toBe("concerning");
    expect(rate("use", tpLink, headings).rating).toBe("concerning");
  });
  it("leaves service providers, items not about ads, and an item with no lead-in", () => {
    const lead = "We share information with our authorized partners to";
    expect(
      partnersListedToAimAds(
        "serve ads on our behalf;",
        "We share information with our service providers to",
      ),
    ).toBe(false);
    expect(partnersListedToAimAds(tpLink[3]!, lead)).toBe(false);
    expect(partnersListedToAimAds(tpLink[2]!, "")).toBe(false);
  });
});

describe("legal disclosure: only when the company is obliged to", () => {
  const xing =
    "We only pass your personal data on to third parties when this is required to fulfil our business purposes (i.e. in particular to perform the services we are obliged to provide you with, e.g. making your profile available to another user), when you have given your consent to this (e.g. when using an external application), or when we are obliged to on legal grounds, by court order, or at the request of another official authority.";
  it("reads XING's: protective", () => {
    expect(onlyWhenObligedByLaw(xing)).toBe(true);
    expect(valuesOf(xing, "process-required")).toEqual(["disclosed only under legal process"]);
    expect(rate("law-enforcement", xing).rating).toBe("protective");
  });
  it("leaves another ground of disclosure beside the obligation, and no “only”", () => {
    for (const s of [
      "We only pass your personal data on to third parties to protect our rights or when we are obliged to on legal grounds.",
      "We only pass your personal data on when we are obliged to by law, or to prevent fraud.",
      "We pass your personal data on to third parties when we are obliged to on legal grounds.",
    ])
      expect(onlyWhenObligedByLaw(s), s).toBe(false);
  });
});

describe("third parties and use: advertisers let collect through the service's cookies", () => {
  const yelp =
    "Advertisers: We allow third parties to use Cookies through the Service to collect the same type of information for the same purposes as we do.";
  it("reads Yelp's: third parties and use concerning", () => {
    expect(advertisersLetCollect(yelp)).toBe(true);
    expect(rate("third-parties", yelp).rating).toBe("concerning");
    expect(rate("use", yelp).rating).toBe("concerning");
  });
  it("leaves analytics providers, and a label that names no advertiser", () => {
    for (const s of [
      "Analytics: We allow third parties to use analytics cookies to understand how you use our websites so we can make them better.",
      "Service providers: We allow third parties to use Cookies through the Service to collect usage information for us.",
    ])
      expect(advertisersLetCollect(s), s).toBe(false);
  });
});
