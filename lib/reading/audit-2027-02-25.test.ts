import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  adsAimedOnOtherSites,
  sharedOnBeliefOfUnlawfulness,
  usedToMarketOthersProducts,
} from "./read-since-2027-02-26";

/*
 * Misreadings the blind double reading of 2027-02-25 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("use: data used to market others' products", () => {
  const epassi =
    "3.3.3 Marketing to Employer Customer Contact Persons — Name; Email address; Phone number — Personal data of employer customer contact persons may be used for marketing Epassi’s services and/or the services of its partners.";
  const solana =
    "Communicate with you about products, services, and events offered by Solana and others, and provide news and information we think will be of interest to you.";
  const others = [
    "To market and advertise Bolt services and those of partners according to your preferences and measure the effectiveness of Bolt’s ads.",
    "Marketing our services and those of selected third parties to:",
    "We also use it to improve our Services, develop new products and services, give recommendations, deliver personalized consumer experiences (including marketing and advertising for our own and others' products and services), investigate fraud and other illegal activities, and to ensure a secure online environment.",
  ];
  it("reads Epassi's and Solana's (and Bolt's, Stack Overflow's, Xfinity's): use concerning", () => {
    for (const s of [epassi, solana, ...others]) {
      expect(usedToMarketOthersProducts(s), s).toBe(true);
      expect(valuesOf(s, "marketing-use"), s).toEqual(["data used to market others' products"]);
      expect(rate("use", s).rating, s).toBe("concerning");
      // The company's own use gives nothing to anyone: third parties are not read from it.
      expect(valuesOf(s, "advertising-sharing"), s).toEqual([]);
    }
  });
  it("leaves the company's own products, a denial, and ads that are not personalised", () => {
    for (const s of [
      "We use your contact details for marketing our services and those of our affiliates.",
      "We do not use your data for marketing our services or those of our partners.",
      "Communicate with you about products, services, and events offered by Solana.",
      "Disseminating on the application non-personalized advertisements (based solely on your country), on the products and services of partners.",
    ]) {
      expect(usedToMarketOthersProducts(s), s).toBe(false);
      expect(rate("use", s).rating, s).not.toBe("concerning");
    }
  });
});

describe("cookies: ads aimed at the user on other sites", () => {
  const overleaf =
    "We may also collect this type of information using cookies and other similar technologies and in some cases, cookies may be set to personalize the content and ads you receive, including on other sites - please see the cookie policy on the relevant site for further details.";
  it("reads Overleaf's as tracking across websites: concerning", () => {
    expect(adsAimedOnOtherSites(overleaf)).toBe("advertising tracking across websites");
    expect(valuesOf(overleaf, "third-party-tracking")).toEqual([
      "advertising tracking across websites",
    ]);
    expect(rate("cookies", overleaf).rating).toBe("concerning");
  });
  it("leaves ads on the site alone, and a denial", () => {
    for (const s of [
      "Cookies may be set to personalize the content and ads you receive on our site.",
      "We do not use cookies to personalize the ads you receive on other sites.",
    ])
      expect(adsAimedOnOtherSites(s), s).toBe(null);
  });
});

describe("legal disclosure: data shared on the company's belief that the user broke the law", () => {
  const solana =
    "We may share personal information if we believe that your actions are inconsistent with our user agreements or policies, if we believe that you have violated the law, or if we believe it is necessary to protect the rights, property, and safety of Solana, our users, the public, or others.";
  const teads = [
    "We may share information about you as follows:",
    "If we believe your actions are inconsistent with our user agreements or policies, if we believe you have violated the law, or to protect the rights, property, and safety of Teads or others;",
  ];
  it("reads Solana's, and Teads' item under its lead-in of sharing: concerning", () => {
    expect(sharedOnBeliefOfUnlawfulness(solana)).toBe(true);
    expect(rate("law-enforcement", solana).rating).toBe("concerning");
    expect(rate("law-enforcement", teads).rating).toBe("concerning");
  });
  it("leaves the user's own belief, a denial, and an item with no lead-in of sharing", () => {
    expect(
      sharedOnBeliefOfUnlawfulness(
        "If you believe your privacy rights have been violated, please contact our data protection officer.",
      ),
    ).toBe(false);
    expect(
      sharedOnBeliefOfUnlawfulness(
        "We will not share personal information if we believe that you have violated the law.",
      ),
    ).toBe(false);
    expect(sharedOnBeliefOfUnlawfulness(teads[1]!)).toBe(false);
  });
});
