import { describe, expect, it } from "vitest";
import { valuesOf } from "./audit-test-helpers";
import { deviceAccessOnly } from "./read-since-2027-01-04";
import { safeguardsInFurtherWords, storedInCountriesIncluding } from "./read-since-2027-01-08";
import { placeOfServersSaid } from "./read-since-2027-01-10";

/*
 * Misreadings found by the re-audit of 2027-01-24 (the 276th to 302nd machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("international: where data is stored, said in three more ways", () => {
  const said: [string, string][] = [
    [
      "Your personal information is processed by our servers located in the People’s Republic of China.",
      "the People’s Republic of China",
    ],
    [
      "Note: Taboola currently stores Customer, User, and Visitor Information in our data centers located in the United States and Israel.",
      "the United States and Israel",
    ],
    [
      "Any information we obtain about you in connection with your use of the Site may be processed and stored in the United States or other countries.",
      "the United States, among other countries",
    ],
  ];
  it("reads Tencent's, Taboola's and Hearst's places", () => {
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(valuesOf(text, "data-location")).toEqual([place]);
    }
  });
  it("leaves processing with no storage, another company's servers and a vendor's", () => {
    for (const text of [
      "Information we collect may be transferred to and processed in the United States and elsewhere outside the United States.",
      "Your searches are processed by Google's servers located in the United States.",
      "We store your information in our vendors' data centers located in Ireland.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});

describe("international: countries including a place, further apart", () => {
  const kick =
    "The personal information we collect may be transferred to and stored in countries outside of the jurisdiction you are in where we and our third-party service providers have operations, including in the United States.";
  it("reads Kick's sentence as the United States among other countries", () => {
    expect(storedInCountriesIncluding(kick)).toBe("the United States, among other countries");
    expect(valuesOf(kick, "data-location")).toEqual(["the United States, among other countries"]);
  });
  it("leaves the user's place and the laws of some countries", () => {
    for (const text of [
      "If you are located in countries outside of the European Economic Area where privacy laws may differ from those of your home country, your data may be stored in countries including the United States.",
      "Some data is stored in your browser, and the laws of several countries where we and our partners have operations and offices of many kinds treat it differently, including the United States.",
    ])
      expect(storedInCountriesIncluding(text)).toBeNull();
  });
});

describe("access: the service's access to the device, controlled in its settings", () => {
  const kick =
    "Our Services' access to your device information: You may control our Services' access to your device information through your \"Settings\" app on your device.";
  it("no longer reads Kick's sentence as a right to see or correct data", () => {
    expect(deviceAccessOnly(kick)).toBe(true);
    expect(valuesOf(kick, "correction-right")).toEqual([]);
  });
  it("leaves control of access to one's data, and a right named beside the device", () => {
    for (const text of [
      "You can control access to your data and correct it in your account settings.",
      "You have the right to request access to your data; you may also control our Services' access to your device in its settings.",
    ])
      expect(deviceAccessOnly(text)).toBe(false);
  });
});

describe("security: practices followed to secure the data", () => {
  const xfinity =
    "We follow industry-standard practices to secure the information we collect to prevent the unauthorized access, use, or disclosure of any personal information we collect and maintain.";
  it("reads Xfinity's sentence as safeguards stated", () => {
    expect(safeguardsInFurtherWords(xfinity)).toBe("industry-standard practices");
    expect(valuesOf(xfinity, "safeguards")).toEqual(["industry-standard practices"]);
  });
  it("leaves practices followed for something else, and the user's", () => {
    for (const text of [
      "We follow industry-standard practices to respond to requests from our users.",
      "You should follow industry-standard practices to secure your password.",
    ])
      expect(safeguardsInFurtherWords(text)).toBeNull();
  });
});
