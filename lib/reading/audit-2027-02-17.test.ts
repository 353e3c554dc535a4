import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  cookiesDoTheTargeting,
  deniedUnlessPermitted,
  disclosedOnARequestAboutLiability,
  identifiersSharedForTargetedAds,
  noStandardForTheSignal,
  partnersOfferYou,
  partnersTellOfProducts,
  sharedSoTheySendMarketing,
} from "./read-since-2027-02-18";

/*
 * Misreadings the blind double reading of 2027-02-17 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: others' marketing in other words", () => {
  const tiktok =
    "With your consent, we facilitate the sending of marketing communications to you by sellers on our Platform and/or share your email address with sellers for the purpose of sending marketing communications to you.";
  it("reads TikTok's sellers sent the email address for their marketing: concerning", () => {
    expect(sharedSoTheySendMarketing(tiktok)).toBe(true);
    expect(rate("third-parties", tiktok).rating).toBe("concerning");
    expect(rate("use", tiktok).rating).toBe("concerning");
  });
  it("leaves the company's own messages sent through a provider, and a denial", () => {
    expect(
      sharedSoTheySendMarketing(
        "We share your email address with our service providers for the purpose of sending marketing communications to you on our behalf.",
      ),
    ).toBe(false);
    expect(
      sharedSoTheySendMarketing(
        "We do not share your email address with sellers for the purpose of sending marketing communications to you.",
      ),
    ).toBe(false);
  });

  const tiktokDenial =
    "We don’t share information with advertisers that can be used to contact you (such as your name or email address) unless you give us your permission.";
  it("reads TikTok's denial with the user's permission as its exception as no denial", () => {
    expect(deniedUnlessPermitted(tiktokDenial)).toBe(true);
    expect(valuesOf(tiktokDenial, "no-marketing-sharing")).toEqual([]);
    expect(
      valuesOf(
        "We don’t share information with advertisers that can be used to contact you.",
        "no-marketing-sharing",
      ),
    ).toEqual(["not shared for others' marketing"]);
  });

  const samsung =
    "We may also share your personal information with trusted partner companies, such as mobile service providers or insurance companies, that provide you with products and services that you request, as well as information about products and services you may be interested in.";
  it("reads Samsung's partner companies telling of their products: concerning", () => {
    expect(partnersTellOfProducts(samsung)).toBe(true);
    expect(rate("third-parties", samsung).rating).toBe("concerning");
    expect(rate("use", samsung).rating).toBe("concerning");
  });
  it("leaves partners that provide only what the user asked for", () => {
    expect(
      partnersTellOfProducts(
        "We may share your personal information with partner companies that provide you with products and services that you request.",
      ),
    ).toBe(false);
  });

  const shein =
    "When you visit our website, we may share some personal identifiers such as cookies and other tracking technologies for analytics and to personalize your experience with targeted ads as described herein.";
  it("reads Shein's identifiers shared for targeted ads: concerning", () => {
    expect(identifiersSharedForTargetedAds(shein)).toBe(true);
    expect(rate("use", shein).rating).toBe("concerning");
  });
  it("leaves identifiers not shared, and identifiers used for the company's own analytics", () => {
    expect(
      identifiersSharedForTargetedAds("We do not share personal identifiers for targeted ads."),
    ).toBe(false);
    expect(
      identifiersSharedForTargetedAds(
        "We may share some personal identifiers with our hosting provider for analytics.",
      ),
    ).toBe(false);
  });

  const zora =
    "Business Partners. We may share your information with our business partners to offer you certain products, services or promotions.";
  it("reads Zora's business partners offering products: concerning", () => {
    expect(partnersOfferYou(zora)).toBe(true);
    expect(rate("third-parties", zora).rating).toBe("concerning");
  });
  it("leaves partners offering on the company's behalf", () => {
    expect(
      partnersOfferYou(
        "We may share your information with our business partners to offer you our products on our behalf.",
      ),
    ).toBe(false);
  });
});

describe("cookies: cookies doing the targeting of marketing partners", () => {
  const binance = [
    "In order for us to provide you with the best user experience, we may share your personal data with our marketing partners for the purposes of targeting, modelling, and/or analytics as well as marketing and advertising. Some of this analytics is conducted by the use of cookies and similar technologies.",
  ];
  it("reads Binance's marketing partners targeting through cookies: concerning", () => {
    expect(
      cookiesDoTheTargeting(
        "Some of this analytics is conducted by the use of cookies and similar technologies.",
        "we may share your personal data with our marketing partners for the purposes of targeting, modelling, and/or analytics",
      ),
    ).toBe("marketing partners targeting through cookies");
    expect(rate("cookies", binance).rating).toBe("concerning");
  });
  it("leaves cookies after a sentence that gives marketing partners nothing", () => {
    expect(
      rate("cookies", [
        "We measure how the site is used. Some of this analytics is conducted by the use of cookies and similar technologies.",
      ]).rating,
    ).not.toBe("concerning");
  });
});

describe("legal disclosure: a request about anything that may bring liability", () => {
  const viber =
    "Subject to our strict data security and privacy practices and without compromising our end-to-end encryption, we may disclose certain types of your data, including, and depending on the circumstances, Activity Data, Identifiers and your phone address book, to law enforcement, governmental agencies, or authorized third parties, in response to a verified request relating to terror acts, criminal investigations or alleged illegal activity or any other activity that may expose us, you, or any other Viber user to legal liability, and solely to the extent needed to comply with such purpose.";
  it("reads Viber's as disclosure on the company's own judgement: concerning", () => {
    expect(disclosedOnARequestAboutLiability(viber)).toBe(true);
    expect(rate("law-enforcement", viber).rating).toBe("concerning");
  });
  it("leaves a lawful request", () => {
    expect(
      disclosedOnARequestAboutLiability(
        "We may disclose your data to law enforcement in response to a lawful request relating to any other activity that may expose us to legal liability.",
      ),
    ).toBe(false);
  });
});

describe("reasons: a signal no standard exists for, and a time without contact", () => {
  const worldMarket =
    "Not all browsers offer a DNT option and there is currently no industry consensus for how to recognize or respond to a DNT signal.";
  it("reads World Market's sentence as the signal mentioned, not honoured", () => {
    expect(noStandardForTheSignal(worldMarket)).toBe(true);
    expect(valuesOf(worldMarket, "do-not-track")).toEqual(["Do Not Track: mentioned"]);
    expect(valuesOf("We honor Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });
  const pmi =
    "If we don’t have any contact with you for a long period (typically 3 years), we will stop sending you marketing communications and typically data are deleted or anonymised.";
  it("reads Philip Morris International's period without contact as one of inactivity", () => {
    expect(valuesOf(pmi, "retention-period")).toEqual([
      "some data deleted after 3 years of inactivity",
    ]);
    expect(valuesOf("We keep your contact details for 3 years.", "retention-period")).toEqual([
      "kept for 3 years",
    ]);
  });
});
