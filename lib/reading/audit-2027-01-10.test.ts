import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  authoritiesAnsweredAsRecipients,
  blankNoCorrectionOfYours,
  placeOfServersSaid,
} from "./read-since-2027-01-10";
import { blankOthersMeasures } from "./read-since-2027-01-08";

/*
 * Misreadings found by the re-audit of 2027-01-10 (the 126th to 150th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("international: servers named by their place, in a list, or storing throughout places", () => {
  it("reads Blockworks', Spark's, Vimeo's and Teads' places", () => {
    const said: Array<[string, string]> = [
      [
        "Any information you provide to Blockworks is being provided to Blockworks in the U.S. and will be hosted on U.S. servers, and you authorize Blockworks to transfer, store and process your information to and in the U.S., and possibly other countries.",
        "the U.S.",
      ],
      [
        "The personal data we collect is stored on the US servers, which participate in the Data Privacy Framework, and European Economic Area (“EEA”) servers, which fall under the General Data Protection Regulation.",
        "the US and the European Economic Area",
      ],
      [
        "We provide services globally using computer systems, servers, and databases located in the U.S. and other countries.",
        "the U.S., among other countries",
      ],
      [
        "Teads is based in Amsterdam and we process and store information throughout the United States, Europe, Latin America, and Asia.",
        "the United States, Europe, Latin America, and Asia",
      ],
    ];
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(valuesOf(text, "data-location")).toEqual([place]);
      expect(rate("international", text).reason).toContain(place);
    }
  });
  it("leaves another company's servers, the user's place and servers named by no place", () => {
    for (const text of [
      "Anthropic and OpenAI may process data on servers located in the United States.",
      "If you are located in the EU, your data is stored on EU servers and databases located in Ireland.",
      "We keep backups on separate servers, and our databases are encrypted.",
      "We store information in Cookies on your device.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});

describe("legal disclosure: authorities named as recipients who answer lawful requests", () => {
  const criteo =
    "Other — Any recipient necessary to comply with legal, regulatory, judicial or administrative obligations or to exercise and defend our rights — Public authorities, courts, law enforcement, or regulators when required to comply with applicable laws or respond to lawful requests or defend or exercise our rights.";
  it("reads Criteo's recipients row as disclosure in response to legal process", () => {
    expect(authoritiesAnsweredAsRecipients(criteo)).toBe("lawful requests");
    expect(valuesOf(criteo, "legal-process")).toEqual(["lawful requests"]);
    expect(rate("law-enforcement", criteo).rating).toBe("neutral");
  });
  it("leaves the user's requests and rows that name no authority", () => {
    for (const text of [
      "We will respond to your requests within 30 days.",
      "Our support team may respond to lawful requests for help from users.",
    ])
      expect(authoritiesAnsweredAsRecipients(text)).toBeNull();
  });
});

describe("security: measures the company ensures its processors have are not its own", () => {
  const scaleway =
    "Scaleway also ensures that its data processors have technical and organizational security measures in accordance with the regulations relating to the protection of personal data.";
  it("reads no safeguard of Scaleway's from its processors' measures", () => {
    expect(blankOthersMeasures(scaleway)).not.toContain("measures");
    expect(valuesOf(scaleway, "safeguards")).toEqual([]);
  });
  it("leaves the company's own measures", () => {
    const own =
      "Scaleway implements technical and organizational security measures to guarantee the constant confidentiality, integrity, availability and resilience of its information systems and services.";
    expect(blankOthersMeasures(own)).toBe(own);
    expect(valuesOf(own, "safeguards")).toEqual(["technical and organizational security measures"]);
  });
});

describe("access: settings, ad interests and what customers export are no correction right", () => {
  it("reads no correction in Vimeo's settings, Google's interests and LinkedIn's customers' export", () => {
    for (const text of [
      "You may change your account and video privacy settings.",
      "You can modify your interests, choose whether your personal information is used to make ads more relevant to you, and turn on or off certain advertising services.",
      "Customers can export limited information from your profile, such as name, headline, current company, current title, and general location (e.g., Dublin), such as to manage sales leads or talent, unless you opt-out.",
    ]) {
      expect(blankNoCorrectionOfYours(text)).not.toBe(text);
      expect(valuesOf(text, "correction-right")).toEqual([]);
    }
  });
  it("leaves the user's own data changed, and customers who are the users", () => {
    for (const text of [
      "You can change your profile and account information at any time.",
      "Customers can review and update account information in the following ways:",
      "You can edit or delete your account at any time through your Google Account settings.",
    ])
      expect(valuesOf(text, "correction-right")).toEqual(["data can be seen and corrected"]);
  });
});
