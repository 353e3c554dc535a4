import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { authoritiesAnsweredAsRecipients, placeOfServersSaid } from "./read-since-2027-01-10";
import { businessSoldDataGiven } from "./read-since-2027-01-16";

/*
 * Misreadings found by the re-audit of 2027-01-18 (the 226th to 250th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("business transfer: data given to the new owner of a business sold or transferred", () => {
  const facebook =
    "And if we sell or transfer all or part of our business to someone else, in some cases we’ll give the new owner your information as part of that transaction, but only as the law allows.";
  it("reads Facebook's sentence as data passing with the business", () => {
    expect(businessSoldDataGiven(facebook)).toBe(true);
    expect(valuesOf(facebook, "transfer-as-asset")).toEqual([
      "data passes with the business's assets",
    ]);
    expect(rate("business-transfer", facebook).rating).toBe("concerning");
  });
  it("leaves data kept back, the user's own sale, and a buyer bound by the policy", () => {
    for (const text of [
      "If we sell our business, we will not give the new owner your information without your consent.",
      "If you sell your business, you may give the buyer your account information.",
    ])
      expect(businessSoldDataGiven(text)).toBe(false);
    const bound = [
      "If we sell or transfer our business, we will give the new owner your information.",
      "If we are involved in a merger, acquisition or sale of assets, we’ll continue to ensure the confidentiality of your personal information and give affected users notice before personal information is transferred or becomes subject to a different privacy policy.",
    ];
    expect(rate("business-transfer", bound).rating).toBe("neutral");
  });
});

describe("international: data stored on servers (data centres, datacenters) located in places", () => {
  it("reads Roblox's, Bolt's and Gofile's places", () => {
    const said: [string, string][] = [
      [
        "Your Personal Information that we collect is sent to and stored on secure servers located in the United States of America.",
        "the United States",
      ],
      [
        "Any personal data collected in the course of providing Bolt services is transferred to and stored in our data centres which are located within the EEA.",
        "the EEA",
      ],
      [
        "Gofile operates storage datacenters in Paris (France) and Phoenix (United States), with a global network of upload and download proxy servers.",
        "Paris (France) and Phoenix (United States)",
      ],
    ];
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(valuesOf(text, "data-location")).toEqual([place]);
      expect(rate("international", text).reason).toContain(place);
    }
  });
  it("leaves the user's place, a vendor's servers and data centres with no place", () => {
    for (const text of [
      "If you are located in the EU, your data is stored on servers located in Germany.",
      "Our vendors' data is stored on servers located in the United States.",
      "Images are stored in our data centres which are located within our offices.",
      "We operate datacenters in many regions.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});

describe("legal disclosure: lawful requests answered, the authorities named after them", () => {
  const imgur =
    "We also use such data to enable us to comply with copyright law, with 18 USC §2258A (illegal content), and to respond to lawful requests by public authorities, including national security, courts, and law enforcement.";
  it("reads Imgur's sentence as legal process", () => {
    expect(authoritiesAnsweredAsRecipients(imgur)).toBe("lawful requests");
    expect(valuesOf(imgur, "legal-process")).toEqual(["lawful requests"]);
    expect(rate("law-enforcement", imgur).rating).toBe("neutral");
  });
  it("leaves the user's requests", () => {
    expect(
      authoritiesAnsweredAsRecipients(
        "We will respond to lawful requests from you to access your data.",
      ),
    ).toBeNull();
  });
});
