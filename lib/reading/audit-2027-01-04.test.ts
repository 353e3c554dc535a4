import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  acquirerCommitsToThePolicy,
  dataLocationReworded,
  deviceAccessOnly,
  safeguardsByOtherMeans,
} from "./read-since-2027-01-04";

/*
 * Misreadings found by the re-audit of 2027-01-04 (the 51st to 75th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("business transfer: an acquirer that commits to use the data consistently with the policy", () => {
  const proctorio =
    "In such instances, and consistent with and limited to data protection laws and privacy commitments, marketing analytics data, CRM data, customer lists, and other pseudoanonymized data may be disclosed or transferred as part of a corporate reorganization transaction; provided that the acquirer commits to using the information in a manner consistent with applicable law and this Privacy Notice.";
  it("reads Proctorio's acquirer held to the Privacy Notice", () => {
    expect(acquirerCommitsToThePolicy(proctorio)).toBe(true);
    expect(valuesOf(proctorio, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", proctorio).rating).toBe("neutral");
  });
  it("leaves an acquirer bound to the law alone, and one the company cannot promise", () => {
    expect(
      acquirerCommitsToThePolicy(
        "In a merger, the acquirer will use the information in a manner consistent with applicable law.",
      ),
    ).toBe(false);
    const notPromised =
      "If we are acquired, we cannot guarantee that the acquirer will use the information in a manner consistent with this Privacy Policy.";
    expect(valuesOf(notPromised, "successor-bound")).toEqual([]);
  });
});

describe("security: safeguards said by other means", () => {
  it("reads Persumi's, Xanga's and Goodreads's safeguards", () => {
    const persumi =
      "While we strive to use commercially acceptable means to protect your Personal Data, we cannot guarantee its absolute security.";
    expect(rate("security", persumi).reason).toBe(
      "neutral: safeguards are stated (commercially acceptable means to protect your Personal Data)",
    );
    expect(
      safeguardsByOtherMeans(
        "Xanga implements features reasonably designed to protect the security of any non-public information that is stored in our database, such as your password.",
      ),
    ).toBe("features reasonably designed to protect the security of any non-public information");
    const goodreads =
      "Goodreads takes reasonable measures to keep messages that you send to other Members through the Service private between you and the recipient.";
    expect(safeguardsByOtherMeans(goodreads)).toBe(
      "reasonable measures to keep messages … private",
    );
    // No clause was tagged: the fact alone says the policy speaks to security.
    expect(rate("security", goodreads, undefined, 0).rating).toBe("neutral");
  });
  it("leaves the user's precautions and a recipient's contract", () => {
    for (const text of [
      "You should use strong means to protect your password and personal data.",
      "You are responsible for taking steps to keep your password confidential.",
      "We will use contractual or other means to protect personal information disclosed to such third parties.",
      "When we transfer data to other countries, we use methods to protect your personal data.",
    ])
      expect(safeguardsByOtherMeans(text)).toBeNull();
  });
});

describe("international: where data is stored, said in other words", () => {
  it("reads the place of servers, of data stored among other verbs, of hosting and of storage", () => {
    const said: Array<[string, string]> = [
      [
        "Reddit, Inc., is based in the United States and we process and store information on servers located in the United States.",
        "the United States",
      ],
      ["We operate from servers located in the United States.", "the United States"],
      ["Our network includes servers in the US and the EU.", "the US and the EU"],
      [
        "Your personal information may be stored in, transferred to, and processed in the United States and in any other country in which the Company operates.",
        "the United States",
      ],
      [
        "Information controlled by WhatsApp will be transferred or transmitted to, or stored and processed in, the United States or other third countries outside of where you live.",
        "the United States",
      ],
      [
        "The Infolinks Properties and Ad Services are provided, supported, and hosted in the United States.",
        "the United States",
      ],
      [
        "If you are not a US resident, your use of Xanga shall constitute consent to the transfer, storage, use and disclosure of your personally identifiable information in the US in the manner described in this Privacy Policy.",
        "the US",
      ],
      [
        "You consent to the processing, transfer and storage of information in and to the U.S. and other countries.",
        "the U.S.",
      ],
    ];
    for (const [text, place] of said) expect(dataLocationReworded(text)).toBe(place);
    const xanga = said[6]![0];
    expect(rate("international", xanga, undefined, 0).reason).toBe(
      "neutral: where data is stored is stated (the US)",
    );
  });
  it("leaves a user's place, a clause's next words, a provider's servers and applicants' data", () => {
    for (const text of [
      "If you are based in the United States, the personal information you provided to us will be stored in the United States.",
      "Before the data is stored, the IP address will be abbreviated by activating IP anonymization.",
      "Anthropic and OpenAI may process data on servers located in the United States.",
      "Google stores the information on servers in the United States.",
      "Jobs Applicants Information will be maintained, processed and stored in the United States and Israel.",
      "Your information may be transferred to the United States.",
      "All information may be transferred, processed, and stored anywhere in the world.",
      "Your content is hosted in the Service until you delete it.",
    ])
      expect(dataLocationReworded(text)).toBeNull();
  });
});

describe("access: a device's permission is no right to see or correct data", () => {
  it("leaves We Heart It's photos enabled for an app", () => {
    const weheartit =
      "Or if you are using a photo editing app, you may need to enable access to your photos if order for the app to modify your photos.";
    expect(deviceAccessOnly(weheartit)).toBe(true);
    expect(valuesOf(weheartit, "correction-right")).toEqual([]);
  });
  it("keeps a right that names the access", () => {
    const right =
      "You have the right to request access to your personal information and to correct it.";
    expect(deviceAccessOnly(right)).toBe(false);
    expect(valuesOf(right, "correction-right")).not.toEqual([]);
  });
});
