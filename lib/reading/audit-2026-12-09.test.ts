import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-09 (25 machine-read companies; cookies,
 * retention, disputes, third parties, collection, use and choice), each on the policy's own
 * sentence, with a counter-example the fix must leave alone.
 */
describe("cookies: advertising named in the list a denial heads is no tracker", () => {
  it("reads no tracker from a denial's list (Coolmath4Kids, Thomson Reuters)", () => {
    for (const text of [
      "(We use only contextual advertising and not targeted, behavioral, or interest-based advertising methods).",
      "Unless expressly authorized by the government customer and permitted by law and contract, Thomson Reuters and its Authorized Vendors does not sell, share, rent, monetize, or use Government Customer Data and Sensitive Government Data for: interest-based or targeted advertising; cross-context behavioral advertising; third-party marketing; commercial data brokerage or resale.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
    // Coolmath4Kids: its own web beacons now head the reason, not the advertising it denies
    // (since 2027-02-10 as its own tracking, not a third party's).
    expect(
      rate("cookies", [
        "(We use only contextual advertising and not targeted, behavioral, or interest-based advertising methods).",
        "We accomplish this through the collection and use of persistent identifiers or tracking technologies, such as browser cookies, web beacons, browser local storage, and pixel tags.",
      ]).reason,
    ).toBe("concerning: tracking by web beacons");
  });

  it("still reads the advertising when only the means are denied, or a new clause states it", () => {
    for (const text of [
      "We do not use information that personally identifies you to display interest-based ads.",
      "While we do not sell your Personal Data in the conventional sense, we may use advertising and analytics services that are intended to analyze your use of our Services based on information obtained from cookies or other trackers, including for delivering advertising to you (such as interest-based, targeted, or cross-context behavioral advertising).",
      "We do not sell your data, but we use cookies for interest-based advertising.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toHaveLength(1);
  });
});

describe("cookies: third-party cookies said in the passive, for advertising", () => {
  it("reads cookies stored by third parties for advertising as tracking (Lingualeo)", () => {
    const text =
      "15. You agree that your cookies are stored by the Website, including by third parties, for the purpose of statistical analysis of user behavior and advertising optimization.";
    expect(valuesOf(text, "third-party-tracking")).toEqual(["cookies stored by third parties"]);
    expect(rate("cookies", text).rating).toBe("concerning");
  });

  it("leaves cookies set by third parties for measurement, or denied, alone", () => {
    for (const text of [
      "Cookies may be set by third parties to help us measure the performance of the site.",
      "Cookies are not used by third parties for advertising.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
  });
});

describe("third parties: “for any purpose” barred or conditioned is a limit", () => {
  it("reads no sharing without limits (Google Play)", () => {
    for (const text of [
      "The transfer, sharing, or licensed use of this data must only be for providing core features or services within the app, and its use may not be extended for any other purpose (for example, improving other apps or services, advertising, or marketing purposes).",
      "Transferring, selling, or using user data for any purpose or in any manner involving Protected Health Information (as defined by HIPAA) unless user-initiated and in compliance with HIPAA regulations.",
    ])
      expect(valuesOf(text, "sharing-without-limits"), text).toEqual([]);
  });

  it("still reads an open licence (Y Combinator)", () => {
    expect(
      valuesOf(
        "Any such general information or knowledge you submit to Y Combinator may be used or disclosed by us or any person with whom we share your application for any purpose and in any manner.",
        "sharing-without-limits",
      ),
    ).toEqual(["shared without stated limits"]);
  });
});

describe("cookies: Do Not Track left without action", () => {
  it("reads “do not monitor or take action with respect to” as not honoured (WebCrawler, Wargaming)", () => {
    expect(
      valuesOf(
        "Accordingly, unless and until the law is interpreted to require us to do so, we do not monitor or take action with respect to “Do Not Track” signals.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: not honoured"]);
  });

  it("leaves a pointer to more information as mentioned", () => {
    expect(
      valuesOf(
        "For more information on “Do Not Track,” visit http://www.allaboutdnt.com.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: mentioned"]);
  });
});

describe("retention: how long data is kept said with “process”", () => {
  it("reads “process … for as long as necessary” (Paradox Interactive)", () => {
    const text =
      "We will process your data for as long as necessary to achieve the purpose(s) for which it was collected.";
    expect(valuesOf(text, "retention-while-needed")).toEqual(["as long as necessary"]);
    expect(rate("retention", text).reason).toBe("neutral: data is kept as long as necessary");
  });

  it("leaves a condition alone", () => {
    for (const text of [
      "We process your data so long as you comply with these Terms.",
      "We will process your data for as long as you use the Services.",
    ])
      expect(valuesOf(text, "retention-while-needed"), text).toEqual([]);
  });
});

describe("retention: data deleted when the user deletes the account", () => {
  it("reads the deletion said of the data (Lingualeo, Google Nest, Wire)", () => {
    for (const text of [
      "16. Personal data will be automatically destroyed when the user deletes their personal account on the Website.",
      "When you delete your account, this sensor data is deleted from our servers as explained in our retention policy.",
      "If you delete your account, we will delete your profile information immediately.",
    ])
      expect(valuesOf(text, "retention-deletion"), text).toEqual([
        "deleted when the account is closed",
      ]);
  });

  it("leaves what is kept, or not erased, when the account goes alone", () => {
    for (const text of [
      "If You delete Your account, we will still retain some information from or about You when we are required to do so under the applicable law or contracts we are party to.",
      "We will also retain a copy of your billing records (e.g. invoices) for up to 7 years, even if you delete your account, in compliance with European law.",
      "If you close your Coinbase Account, we will retain or delete information associated with your account as described in Section 4.",
      "The recipients of your messages will not however have these conversations erased when you delete your user account.",
      "If you delete your account, we may need to keep some data for up to six years for compliance purposes.",
      "Please remember that when you delete your account, it does not affect your information related to the groups you created.",
    ])
      expect(valuesOf(text, "retention-deletion"), text).toEqual([]);
  });
});

describe("retention: a period counted from the last trip, transaction or communication", () => {
  it("says where the period starts (Bolt, NordVPN)", () => {
    expect(
      valuesOf(
        "Accounting and financial reporting purposes — We retain data for 10 years after the last trip if your personal data is necessary for accounting purposes.",
        "retention-period",
      ),
    ).toEqual(["data kept for 10 years after the last trip"]);
    expect(
      valuesOf(
        "We retain billing and payment information for ten (10) years after your last transaction to comply with accounting, tax, and financial regulations.",
        "retention-period",
      ),
    ).toEqual(["payment information kept for 10 years after your last transaction"]);
  });

  it("leaves a period from now alone", () => {
    expect(
      valuesOf("We retain your personal data for 3 years from your trip.", "retention-period"),
    ).toEqual(["personal data kept for 3 years"]);
  });
});
