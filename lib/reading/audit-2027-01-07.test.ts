import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  advertisingRecipientsFirst,
  contractedToProtect,
  cookieTableRow,
  cookiesRefusedOnDevice,
  deviceSettingsReworded,
  retentionPeriodByNeed,
  withoutOwnUseForbidden,
  withoutPreferencesPointedTo,
  withoutSwitchingLogged,
} from "./read-since-2027-01-07";

/*
 * Misreadings found by the re-audit of 2027-01-07 (the 101st to 125th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("choice: a switch the user flips, logged as data, is no opt-out", () => {
  const fpn =
    "Mozilla receives data about your interactions with FPN, such as when you enable and disable the proxy and the amount of bandwidth you use when the proxy is enabled.";
  it("reads no opt-out in Firefox Private Network's interaction data", () => {
    expect(withoutSwitchingLogged(fpn)).not.toMatch(/disable/);
    expect(valuesOf(fpn, "opt-out")).toEqual([]);
  });
  it("leaves a way to disable something", () => {
    expect(
      valuesOf("You can disable the proxy at any time in the app's settings.", "opt-out"),
    ).toEqual(["in account settings"]);
  });
});

describe("choice: a cookie table's row names cookies, not an opt-out", () => {
  const zoosk = "criteo.com — optout, uid, uid3pd — Third Party";
  it("reads no opt-out in Zoosk's row", () => {
    expect(cookieTableRow(zoosk)).toBe(true);
    expect(valuesOf(zoosk, "opt-out")).toEqual([]);
  });
  it("leaves an opt-out said in a sentence", () => {
    const text = "You can opt out of third-party cookies at www.criteo.com/privacy.";
    expect(cookieTableRow(text)).toBe(false);
    expect(valuesOf(text, "opt-out")).toEqual(["of cookies, through a link"]);
  });
});

describe("choice: a device's settings in other words", () => {
  it("reads WeChat's, Alibaba.com's and Watch.Hockey's device settings as the device's", () => {
    for (const text of [
      "You may disable the collection and use of your location data through device-level settings.",
      "Please note that for most devices, you can manage or disable the collection of precise geolocation data for all applications in the settings menu of your device.",
      "Your device configuration settings allow you to disable location tracking.",
    ]) {
      expect(deviceSettingsReworded(text)).toBe(true);
      expect(valuesOf(text, "opt-out")).toEqual(["in device settings"]);
    }
  });
  it("leaves the account's settings", () => {
    const text = "You can disable personalised recommendations in your account settings.";
    expect(deviceSettingsReworded(text)).toBe(false);
    expect(valuesOf(text, "opt-out")).toEqual(["in account settings"]);
  });
});

describe("choice: cookies refused by setting up a device", () => {
  const libraryThing =
    "You have the option to set up your device to accept or refuse these cookies, and know when a cookie is being sent to your device.";
  it("reads LibraryThing's opt-out of cookies", () => {
    expect(cookiesRefusedOnDevice(libraryThing)).toBe(true);
    expect(valuesOf(libraryThing, "opt-out")).toEqual(["of cookies, in device settings"]);
  });
  it("leaves a device the company sets", () => {
    const text = "We set up your device to accept these cookies when you install the app.";
    expect(cookiesRefusedOnDevice(text)).toBe(false);
    expect(valuesOf(text, "opt-out")).toEqual([]);
  });
});

describe("third parties: recipients forbidden to use the data for themselves", () => {
  const nextdoor =
    "These service providers and data processors are contractually required to use it only to provide their service to us, and are contractually prohibited from using it for their own purposes.";
  it("reads no sharing for others' advertising in Nextdoor's limit", () => {
    expect(withoutOwnUseForbidden(nextdoor)).not.toMatch(/own purposes/);
    expect(valuesOf(nextdoor, "advertising-sharing")).toEqual([]);
  });
  it("leaves data given for the recipients' own purposes", () => {
    expect(
      valuesOf(
        "We may provide your information to partners who may use it for their own marketing purposes.",
        "advertising-sharing",
      ),
    ).toEqual(["shared for others' marketing or advertising"]);
  });
});

describe("third parties: a list item that opens on advertising recipients", () => {
  const zoosk =
    "Advertising networks and technology companies, including Google, Facebook, and Twitter, and companies that measure advertising performance and attribution.";
  const heading = [["4. DISCLOSURES OF YOUR PERSONAL DATA"]];
  it("reads Zoosk's advertising networks as given data", () => {
    expect(advertisingRecipientsFirst("Advertising networks and technology companies")).toBe(true);
    expect(valuesOf([zoosk], "advertising-sharing", heading)).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("third-parties", [zoosk], heading).rating).toBe("concerning");
  });
  it("leaves a lead that opens on others, and a heading where the company receives", () => {
    expect(advertisingRecipientsFirst("Technology companies and advertising networks")).toBe(false);
    expect(
      valuesOf([zoosk], "advertising-sharing", [["Information we receive from third parties"]]),
    ).toEqual([]);
  });
});

describe("third parties: recipients held by a contract to protect the data", () => {
  const fpn =
    "Mozilla has written agreements in place with these companies contractually obligating them to protect your information.";
  it("reads Firefox Private Network's providers under contract", () => {
    expect(contractedToProtect(fpn)).toBe(true);
    expect(valuesOf(fpn, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
  });
  it("leaves a contract with the user", () => {
    const text = "Our agreement with you requires us to protect your information.";
    expect(contractedToProtect(text)).toBe(false);
    expect(valuesOf(text, "service-providers")).toEqual([]);
  });
});

describe("retention: a period set by the time the data is needed", () => {
  const thomsonReuters =
    "We calculate the retention period based upon the time the personal information is needed to fulfill the purposes described in this Privacy Statement; meet the timelines required or recommended by regulators, professional bodies, or associations; comply with applicable laws, legal holds, and other legal obligations, including contractual obligations; and comply with your requests.";
  it("reads Thomson Reuters' retention as long as needed", () => {
    expect(retentionPeriodByNeed(thomsonReuters)).toBe(true);
    expect(valuesOf(thomsonReuters, "retention-while-needed")).toEqual(["as long as needed"]);
  });
  it("leaves a period based on the law alone", () => {
    const text = "Our retention periods are based on legal requirements in each country.";
    expect(retentionPeriodByNeed(text)).toBe(false);
    expect(valuesOf(text, "retention-while-needed")).toEqual([]);
  });
});

describe("choice: preferences a sentence only points to", () => {
  const starbucks =
    "For more information on exercising your preferences in relation to cookies and similar technologies, including how we process opt-out preference signals, please see the section of this Notice titled “Your Privacy Choices & Rights.”";
  it("reads no account settings in Starbucks' pointer", () => {
    expect(withoutPreferencesPointedTo(starbucks)).not.toMatch(/exercising your preferences/);
    expect(valuesOf(starbucks, "opt-out")).toEqual(["of cookies, how not stated"]);
  });
  it("leaves preferences managed in the account", () => {
    expect(
      valuesOf(
        "For more information on managing your preferences, you can opt out of marketing emails in your account settings.",
        "opt-out",
      ),
    ).toEqual(["of marketing messages, in account settings"]);
  });
});
