import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  changeReservedAtAnyTime,
  contactTheVendorOnly,
  dataLocationStated,
  theirMarketingAsPurpose,
} from "./read-since-2027-01-02";

/*
 * Findings earlier audits left as they were ("Left as they are: …" in docs/machine-reading-rules.md),
 * read again on 2027-01-02: each fix on the policy's own sentence, with a counter-example the rule
 * must leave alone.
 */
describe("international: where the servers or the data are, said as a place", () => {
  const protonmail =
    "All servers used in connection with the provisioning of the Services are located in Switzerland and Germany and wholly owned and operated by the Company.";
  it("reads ProtonMail's servers in Switzerland and Germany", () => {
    expect(valuesOf(protonmail, "data-location")).toEqual(["Switzerland and Germany"]);
    const r = rate("international", protonmail, undefined, 0);
    expect(r.rating).toBe("neutral");
    expect(r.reason).toBe("neutral: where data is stored is stated (Switzerland and Germany)");
    expect(dataLocationStated("Our servers are located in the United States.")).toBe(
      "the United States",
    );
  });
  it("leaves a kind of place, a manner, the user's place and another's servers", () => {
    expect(
      dataLocationStated(
        "Our servers are located in a secured, locked and monitored environment designed to prevent unauthorized entry or theft.",
      ),
    ).toBeNull();
    expect(
      dataLocationStated("Any personal data will be stored in accordance with this policy."),
    ).toBeNull();
    expect(
      dataLocationStated("If you are located in California, your data is stored in Our systems."),
    ).toBeNull();
    expect(
      dataLocationStated(
        "The servers of the social media services are located in the US and other countries outside the European Union.",
      ),
    ).toBeNull();
    expect(rate("international", "We use cookies on the Service.", undefined, 0).rating).toBe(
      "not-addressed",
    );
  });
});

describe("policy changes: the change reserved at any time, under the policy's German-English name", () => {
  const reachGroup =
    "We reserve the right to change this data protection declaration at any time with effect for the future.";
  it("reads The Reach Group's reservation as spoken to, neutral", () => {
    expect(valuesOf(reachGroup, "change-reserved")).toEqual([
      "the policy may be changed at any time",
    ]);
    const r = rate("policy-changes", reachGroup, undefined, 0);
    expect(r.rating).toBe("neutral");
    expect(r.reason).toBe(
      "neutral: the policy may be changed at any time; no notice of changes found",
    );
  });
  it("leaves a notice stated beside it to decide, and another policy, a list or the user's settings", () => {
    const withNotice =
      "We reserve the right to change this Privacy Policy at any time. If we make material changes, we will notify you by email.";
    expect(rate("policy-changes", withNotice).reason).toBe(
      "neutral: users are notified directly of changes",
    );
    expect(
      changeReservedAtAnyTime("We reserve the right to modify this Cookie Policy at any time."),
    ).toBe(false);
    expect(
      changeReservedAtAnyTime(
        "We reserve the right to make changes to this list at any time by giving notice on this page.",
      ),
    ).toBe(false);
    expect(changeReservedAtAnyTime("You may change your settings at any time.")).toBe(false);
  });
});

describe("use and third parties: others' marketing said as a purpose clause", () => {
  const coursera =
    "Identity and Contact Data; Account Registration Data; Product or Service Purchase Information; Content of your Communications; Education, Career and Skills Information; Demographic Information — To share information with our Content Providers and other business partners so they can inform you about their products and services that may be of interest to you where they are legally entitled to do so. — With your consent";
  it("reads Coursera's row as sharing for others' marketing", () => {
    expect(valuesOf(coursera, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("use", coursera).rating).toBe("concerning");
  });
  it("leaves the company's own products, and sharing denied", () => {
    expect(
      theirMarketingAsPurpose(
        "We share data with partners so they can help us tell you about our products.",
      ),
    ).toBeNull();
    const denied =
      "We do not share your information with third parties so that they can send you offers about their products.";
    expect(valuesOf(denied, "advertising-sharing")).toEqual([]);
    expect(valuesOf(denied, "marketing-sharing")).toEqual([]);
  });
});

describe("third parties: a line that sends the reader to the vendor", () => {
  it("reads no service provider in App Store's 'Contact the vendor for additional information.'", () => {
    expect(valuesOf("Contact the vendor for additional information.", "service-providers")).toEqual(
      [],
    );
    expect(contactTheVendorOnly("Contact the vendor for additional information.")).toBe(true);
  });
  it("leaves a sentence that gives data to vendors", () => {
    const given = "We share your information with vendors who help us operate the Services.";
    expect(valuesOf(given, "service-providers").length).toBeGreaterThan(0);
    expect(
      contactTheVendorOnly("Contact the vendor, who may share your information with its partners."),
    ).toBe(false);
  });
});
