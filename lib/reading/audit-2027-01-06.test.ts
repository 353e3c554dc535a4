import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  acquirerContinuesUnderThePolicy,
  cookieDefinedAsEncrypted,
  dataStoredByUs,
  lawfulRequestsOfLawEnforcement,
  onlyUnderAnObligation,
  protectedThroughMeasures,
  withOtherPlaces,
} from "./read-since-2027-01-06";

/*
 * Misreadings found by the re-audit of 2027-01-06 (the 76th to 100th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("business transfer: an acquirer that may continue to use the data as the policy sets out", () => {
  const bandcamp =
    "You acknowledge that such transfers may occur, and that any acquirer of Bandcamp may continue to use your Personal Data as set forth in this policy.";
  it("reads Bandcamp's acquirer held to the policy", () => {
    expect(acquirerContinuesUnderThePolicy(bandcamp)).toBe(true);
    expect(valuesOf(bandcamp, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    const withTheTransfer = [
      "Moreover, if Bandcamp, or substantially all of its assets were acquired, or in the unlikely event that Bandcamp goes out of business or enters bankruptcy, customer information would be one of the assets that is transferred or acquired by a third party.",
      bandcamp,
    ];
    expect(rate("business-transfer", withTheTransfer).rating).toBe("neutral");
  });
  it("leaves an acquirer that continues as it will, or under its own policy", () => {
    for (const text of [
      "Any acquirer may continue to use your Personal Data for its own purposes.",
      "The buyer may continue to use your information in accordance with its own privacy policy.",
    ])
      expect(acquirerContinuesUnderThePolicy(text)).toBe(false);
    expect(
      rate(
        "business-transfer",
        "If we are acquired, customer information would be one of the assets that is transferred or acquired by a third party, and the acquirer may continue to use it for its own purposes.",
      ).rating,
    ).toBe("concerning");
  });
});

describe("legal disclosure: only under a statutory obligation", () => {
  const deutscheBahn =
    "In addition, we only disclose your data when you have given us your express consent or where we are under a statutory obligation.";
  it("reads Deutsche Bahn's disclosure only where the law obliges", () => {
    expect(onlyUnderAnObligation(deutscheBahn)).toBe(true);
    expect(rate("law-enforcement", deutscheBahn).rating).toBe("protective");
  });
  it("leaves other grounds beside the obligation, and a sentence with no 'only'", () => {
    for (const text of [
      "We only disclose your data to protect our rights or where we are under a statutory obligation.",
      "We only share your data where there is a legal obligation, or to prevent fraud.",
      "We will not share or disclose any of your personal information, other than for the purposes specified in this policy or where there is a legal requirement.",
    ])
      expect(onlyUnderAnObligation(text)).toBe(false);
  });
});

describe("legal disclosure: lawful requests of law enforcement", () => {
  it("reads Booking.com's and IKEA's requests", () => {
    const booking = "Comply with lawful requests from law enforcement";
    expect(lawfulRequestsOfLawEnforcement(booking)).toBe("lawful requests");
    expect(rate("law-enforcement", booking).reason).toBe(
      "neutral: disclosure in response to legal process (lawful requests)",
    );
    expect(
      lawfulRequestsOfLawEnforcement(
        "For purpose G, we rely, where applicable, on compliance with legal obligations (such as lawful law enforcement requests).",
      ),
    ).toBe("lawful requests");
    expect(
      valuesOf(
        "In some cases, we will use your personal data because it's necessary for us to comply with a legal obligation (such as if we receive a legitimate request from a law enforcement agency).",
        "legal-process",
      ),
    ).toEqual(["legitimate requests"]);
  });
  it("leaves requests of anyone else", () => {
    expect(
      lawfulRequestsOfLawEnforcement("We respond to lawful requests from you about your data."),
    ).toBeNull();
    expect(
      lawfulRequestsOfLawEnforcement("We answer valid requests from users within 30 days."),
    ).toBeNull();
  });
});

describe("security: data protected through the use of measures", () => {
  const coolmath =
    "We have information security and access policies that limit access to our systems and technology, and we protect your data through the use of technological protection measures.";
  it("reads Coolmath4Kids' safeguards", () => {
    expect(protectedThroughMeasures(coolmath)).toBe("technological protection measures");
    expect(rate("security", coolmath).reason).toBe(
      "neutral: safeguards are stated (technological protection measures)",
    );
  });
  it("leaves the user's precautions and a transfer's safeguards", () => {
    for (const text of [
      "You should protect your information by using strong passwords and other security measures.",
      "When we transfer data to other countries, we protect your data through contractual safeguards.",
    ])
      expect(protectedThroughMeasures(text)).toBeNull();
  });
});

describe("international: data the company stores in a place, and the other countries beside it", () => {
  it("reads Couchsurfing's, Thryv's, Vanco's and Mix's places", () => {
    const said: Array<[string, string]> = [
      [
        "We may store and process personal information in the United States and other countries, which may not have the same data protection laws as your home country or territory.",
        "the United States",
      ],
      [
        "Please be advised that we store all information in the United States or Australia.",
        "the United States or Australia",
      ],
      [
        "Please note that we may store and process your information in the United States.",
        "the United States",
      ],
      [
        "Accordingly, Personal Information we collect may be transferred to and stored in our servers or those of Third Parties that act on our behalf (such as hosting providers) in the United States or other countries outside of the European Economic Area and the United Kingdom.",
        "the United States",
      ],
    ];
    for (const [text, place] of said) expect(dataStoredByUs(text)).toBe(place);
    expect(valuesOf(said[0]![0], "data-location")).toEqual([
      "the United States and other countries",
    ]);
    expect(rate("international", said[1]![0]).reason).toBe(
      "neutral: where data is stored is stated (the United States or Australia)",
    );
  });
  it("says the other countries the sentence names beside the first place", () => {
    const womansDay =
      "Information may be processed and stored in the United States or other countries.";
    expect(valuesOf(womansDay, "data-location")).toEqual(["the United States or other countries"]);
    const zoom =
      "Therefore, by using Zoom products and services or providing personal data for any of the purposes stated above, you acknowledge that your personal data may be transferred to or stored in the United States where we are established, as well as in other countries outside of the EEA, Switzerland, and the UK.";
    expect(valuesOf(zoom, "data-location")).toEqual(["the United States and other countries"]);
  });
  it("leaves the user's place, a provider's storage, and other countries in another clause", () => {
    for (const text of [
      "If you are located in Canada, we store your information in Canada.",
      "Our providers store your data in the United States.",
      "We store job applicants' information in Germany.",
    ])
      expect(dataStoredByUs(text)).toBeNull();
    expect(
      withOtherPlaces(
        "Your data is stored in the United States; we may transfer it to other countries for support.",
        "the United States",
      ),
    ).toBe("the United States");
    expect(
      valuesOf("Our servers are located in Germany and the Netherlands.", "data-location"),
    ).toEqual(["Germany and the Netherlands"]);
  });
});

describe("security: a cookie's definition is no encryption", () => {
  it("reads no encryption in IKEA's cookie definition", () => {
    const ikea =
      "Cookies are small encrypted text files that are stored on your device by a website.";
    expect(cookieDefinedAsEncrypted(ikea)).toBe(true);
    expect(valuesOf(ikea, "encryption")).toEqual([]);
  });
  it("leaves the company's encryption of its cookies", () => {
    expect(cookieDefinedAsEncrypted("We encrypt the data stored in our cookies.")).toBe(false);
    expect(
      valuesOf("We encrypt the data stored in our cookies with AES-256.", "encryption").length,
    ).toBeGreaterThan(0);
  });
});
