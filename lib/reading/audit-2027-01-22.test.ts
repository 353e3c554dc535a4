import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { placeOfServersSaid } from "./read-since-2027-01-10";
import { disclosedAsItBelievesHelpful, onlyOnAnAuthoritysRequest } from "./read-since-2027-01-22";
import { safeguardsStated } from "./safeguards";

/*
 * Misreadings found by the re-audit of 2027-01-22 (the 251st to 275th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("legal disclosure: data that can only be disclosed on a court's request", () => {
  const lingualeo =
    "10. Personal data provided by the user can only be disclosed through a request by a court, law enforcement agency, or in other cases provided for by the law.";
  it("reads Lingualeo's sentence as disclosure only under legal process", () => {
    expect(onlyOnAnAuthoritysRequest(lingualeo)).toBe(true);
    expect(valuesOf(lingualeo, "process-required")).toEqual(["disclosed only under legal process"]);
    expect(rate("law-enforcement", lingualeo).rating).toBe("protective");
  });
  it("leaves the user's request and another ground beside the court", () => {
    for (const text of [
      "Your data can only be disclosed at your request.",
      "Data can only be disclosed upon a request from a court or to protect our rights and property.",
    ])
      expect(onlyOnAnAuthoritysRequest(text)).toBe(false);
  });
});

describe("legal disclosure: disclosure the company believes helpful", () => {
  const exponential =
    "Investigations and Legal Disclosures: We may investigate and disclose your information if we have a good faith belief that such investigation or disclosure: (i) is reasonably necessary to comply with legal, regulatory or law enforcement processes, such as a search warrant, subpoena, statute, judicial proceeding, or other legal or regulatory process or law enforcement request; (ii) is helpful to identify, investigate or prevent possible wrongdoing related to our Site or Partners; or (iii) is necessary to protect our rights, or reputation.";
  it("reads Exponential's sentence as disclosure on the company's own judgement", () => {
    expect(disclosedAsItBelievesHelpful(exponential)).toBe(true);
    expect(valuesOf(exponential, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", exponential).rating).toBe("concerning");
  });
  it("leaves a belief that disclosure is necessary, and a disclosure denied", () => {
    for (const text of [
      "We may disclose your information if we believe it is necessary to comply with a subpoena.",
      "We do not disclose your information to authorities even if we believe it is helpful to their investigation.",
    ])
      expect(disclosedAsItBelievesHelpful(text)).toBe(false);
  });
});

describe("security: safeguards named as logical or necessary measures, or procedures", () => {
  it("reads Netflix's, Lingualeo's and Shockwave.com's safeguards", () => {
    const said: [string, string][] = [
      [
        "We use reasonable administrative, logical, physical, and managerial measures to safeguard your personal information against loss, theft, and unauthorized access, use and modification.",
        "reasonable administrative, logical, physical, and managerial measures",
      ],
      [
        "8. The Licensor takes all necessary measures to ensure the End User’s personal data is protected from unauthorized access, modification, disclosure, or destruction.",
        "necessary measures",
      ],
      [
        "We believe we have in place the appropriate physical, electronic, and managerial procedures to safeguard and help prevent unauthorized access, maintain data security, and correctly use the information we collect online.",
        "appropriate physical, electronic, and managerial procedures",
      ],
    ];
    for (const [text, phrase] of said) {
      expect(safeguardsStated(text)).toBe(phrase);
      expect(rate("security", text).reason).toContain(phrase);
    }
  });
  it("leaves measures that protect nothing and a provider's procedures", () => {
    for (const text of [
      "We will take necessary measures to verify your identity.",
      "We have appropriate procedures to respond to your request.",
      "Each Service Provider must agree to use reasonable security procedures and practices as required by law and appropriate to the nature of the information to protect it from unauthorized access.",
    ])
      expect(safeguardsStated(text)).toBeNull();
  });
});

describe("international: data transferred to the company's servers, or stored in other words", () => {
  it("reads Y Combinator's, Flickr's, Mullvad's, Kraken's and Snapchat's places", () => {
    const said: [string, string][] = [
      [
        "By using our Services, you understand and acknowledge that your Personal Information will be transferred from your location to our facilities and servers in the United States.",
        "the United States",
      ],
      [
        "To provide the Services, we may transfer your information to servers operated by Flickr or our service providers in the United States or other countries.",
        "the United States, among other countries",
      ],
      ["No. We only store and process your personal data within the EU/EEA.", "the EU"],
      [
        "We and our third-party service providers and business partners store and process your personal data in the European Union, Australia, the United Kingdom, the United States of America and elsewhere in the world.",
        "the European Union, Australia, the United Kingdom, the United States",
      ],
      [
        "To make that possible, we may collect your personal information from, transfer it to and store and process it in the United States or other countries outside where you live.",
        "the United States, among other countries",
      ],
    ];
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(rate("international", text).reason).toContain("where data is stored is stated");
    }
  });
  it("leaves a vendor's servers, a partner's storage and the user's place", () => {
    for (const text of [
      "We may transfer your data to our vendors' servers in the United States.",
      "Our partners store your data in Ireland.",
      "If you are located in Canada, we may transfer your information to servers in the United States.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});
