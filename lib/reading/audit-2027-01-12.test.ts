import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  authoritiesAnsweredAsRecipients,
  blankNoCorrectionOfYours,
  placeOfServersSaid,
} from "./read-since-2027-01-10";
import {
  blankOursToAccess,
  keysHeldByTheUser,
  rectificationRightBroken,
} from "./read-since-2027-01-12";
import { safeguardsStated } from "./safeguards";

/*
 * Misreadings found by the re-audit of 2027-01-12 (the 151st to 175th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("security: encryption with keys under the user's control", () => {
  const bitwarden = "Vault Data is encrypted using secure cryptographic keys under your control.";
  it("reads Bitwarden's encryption as encryption the company cannot read", () => {
    expect(keysHeldByTheUser(bitwarden)).toBe("keys under your control");
    expect(valuesOf(bitwarden, "encryption")).toEqual(["keys under your control"]);
    expect(rate("security", bitwarden).rating).toBe("protective");
  });
  it("leaves keys the company holds and passwords kept by the user", () => {
    for (const text of [
      "Your data is encrypted using keys that we control and rotate regularly.",
      "We encrypt your data at rest; keep your password under your control.",
    ]) {
      expect(keysHeldByTheUser(text)).toBeNull();
      expect(rate("security", text).rating).toBe("neutral");
    }
  });
});

describe("access: the right to rectification with its ligature lost", () => {
  const arweave =
    "Users have the right to information under Article 15 GDPR, the right to recti cation under Article 16 GDPR, the right to erasure under Article 17 GDPR, the right to restriction of processing under Article 18 GDPR, the right to object under Article 21 GDPR, the right not to be subject to automated decisions in individual cases, including pro ling, and the right to data portability in accordance with Article 20 GDPR.";
  it("reads Arweave's rights as access and correction beside erasure", () => {
    expect(rectificationRightBroken(arweave)).toBe("data can be seen and corrected");
    expect(valuesOf(arweave, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(rate("access", arweave).rating).toBe("protective");
  });
  it("leaves other words broken the same way", () => {
    const text = "We may send you a noti cation of changes to this policy.";
    expect(rectificationRightBroken(text)).toBeNull();
    expect(valuesOf(text, "correction-right")).toEqual([]);
  });
});

describe("access: the company's own collecting or accessing is no right of the user's", () => {
  const adsupply =
    "In all of these instances, whether you are an End-User, Visitor, Advertiser, or Publisher, you may share and we may collect or access some personal information about you.";
  it("reads no correction right in AdSupply's sentence", () => {
    expect(blankOursToAccess(adsupply)).not.toContain("access");
    expect(blankNoCorrectionOfYours(adsupply)).not.toContain("access");
    expect(valuesOf(adsupply, "correction-right")).toEqual([]);
  });
  it("leaves the user's access", () => {
    const text = "You may access and correct the personal information we hold about you.";
    expect(blankOursToAccess(text)).toBe(text);
    expect(valuesOf(text, "correction-right")).toEqual(["data can be seen and corrected"]);
  });
});

describe("security: safeguards provided, and security steps", () => {
  it("reads Frank's and IPinfo's safeguards", () => {
    const said: Array<[string, string]> = [
      [
        "We provide physical, electronic, and procedural safeguards to protect the information we process and maintain.",
        "physical, electronic, and procedural safeguards",
      ],
      [
        "We take technical, contractual, administrative, and physical security steps to protect your Personal Information.",
        "technical, contractual, administrative, and physical security steps",
      ],
    ];
    for (const [text, value] of said) {
      expect(safeguardsStated(text)).toBe(value);
      expect(rate("security", text).reason).toContain(value);
    }
  });
  it("leaves steps that are not security's and safeguards others provide", () => {
    for (const text of [
      "We take reasonable steps to protect your information.",
      "You should provide appropriate safeguards to protect your password.",
      "We take technical steps to verify your identity.",
    ])
      expect(safeguardsStated(text)).toBeNull();
  });
});

describe("international: servers located in places, data centres' places, storing by name", () => {
  it("reads TikTok's, TP-Link's and UCLA's places", () => {
    const said: Array<[string, string]> = [
      [
        "We store the information described in the “What Information We Collect” section in servers located in the United States, Malaysia and Singapore.",
        "the United States, Malaysia and Singapore",
      ],
      [
        "Places we have infrastructure or data centers, including the United States, Ireland, and Singapore, among other Countries where TP-Link Products and Services are available.",
        "the United States, Ireland, and Singapore, among other countries",
      ],
      [
        "UCLA may store and process personal information in the United States and other countries.",
        "the United States, among other countries",
      ],
    ];
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(valuesOf(text, "data-location")).toEqual([place]);
      expect(rate("international", text).reason).toContain(place);
    }
  });
  it("leaves the user's place, others' servers and storing with no place", () => {
    for (const text of [
      "If you are located in the EU, we store your data in servers located in Germany.",
      "Our vendors store information in servers located in the United States.",
      "Google may store and process personal information in the United States.",
      "We may store and process your information in accordance with this policy.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});

describe("legal disclosure: compliance with the law that answers lawful requests", () => {
  const ipinfo =
    "as necessary to comply with relevant law and legal obligations, including to respond to lawful requests and orders; or";
  it("reads IPinfo's list item as disclosure in response to legal process", () => {
    expect(authoritiesAnsweredAsRecipients(ipinfo)).toBe("lawful requests");
    expect(valuesOf(ipinfo, "legal-process")).toEqual(["lawful requests"]);
    expect(rate("law-enforcement", ipinfo).rating).toBe("neutral");
  });
  it("leaves the user's requests answered under the law", () => {
    const text = "We comply with data protection laws and respond to your requests within 30 days.";
    expect(authoritiesAnsweredAsRecipients(text)).toBeNull();
  });
});
