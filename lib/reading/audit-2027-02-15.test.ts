import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { opensOnARegion } from "./read-since-2027-02-15";
import {
  adTrackingRow,
  eachMessageSaysHow,
  forwardedForPartnersEmails,
  necessaryForTheirTask,
  providersOnlyProtected,
  regionsRecourse,
  sharedForTargetedAds,
} from "./read-since-2027-02-16";

/*
 * Misreadings the blind double reading of 2027-02-15 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: a region's people named before the authority", () => {
  const cafemom = [
    "If you are a resident of the EEA and have a concern about our processing of personal data that we are not able to resolve, you have the right to lodge a complaint with the data privacy authority where you reside. For contact details of your local Data Protection Authority, please see: http://ec.europa.eu/justice/data-protection/article-29/structure/data-protection-authorities/index_en.htm.",
  ];
  it("reads CafeMom's authority as the EEA's people's: concerning", () => {
    expect(regionsRecourse(cafemom[0]!.split(". For")[0]!)).toBe(true);
    expect(valuesOf(cafemom, "regulator")).toEqual([
      "Data Protection Authority (for some users only)",
    ]);
    expect(rate("disputes", cafemom).rating).toBe("concerning");
  });
  const coursera =
    "If you reside or are located in the EEA, UK, Switzerland, or other region that offers similar protections, you may also make a complaint to your local supervisory authority.";
  it("reads Coursera's “If you reside or are located in the EEA, …” as some users'", () => {
    expect(opensOnARegion(coursera)).toBe(true);
    expect(valuesOf(coursera, "regulator")[0]).toMatch(/for some users only/);
  });
  it("leaves an authority named for everyone after a sentence that names no region", () => {
    const everyone = [
      "If you have a concern about our processing of personal data, please contact us. You have the right to lodge a complaint with your local Data Protection Authority.",
    ];
    expect(valuesOf(everyone, "regulator")).toEqual(["Data Protection Authority"]);
  });
});

describe("third parties, use and cookies: others' advertising", () => {
  const cafemom =
    "If you consent to allow a Wild Sky Media Site or one of our partners access information about your location, we may collect information about your precise location and share it with third parties for the purpose showing ads that are targeted to your interests.";
  it("reads CafeMom's location shared for targeted ads as sharing for others' advertising", () => {
    expect(sharedForTargetedAds(cafemom)).toBe(true);
    expect(rate("third-parties", cafemom).rating).toBe("concerning");
    expect(rate("use", cafemom).rating).toBe("concerning");
  });
  it("leaves a denial, and data that identifies no one", () => {
    for (const text of [
      "We never share your location with third parties for the purpose of showing targeted ads.",
      "We share aggregated location data with third parties for the purpose of showing ads that are targeted to regions.",
    ])
      expect(sharedForTargetedAds(text), text).toBe(false);
  });
  const donkey = [
    "If agreed , we can provide an option for our riders to opt-in to receive advertising emails from our partner by submitting their name and email address. This information will also be forwarded to the partner.",
  ];
  it("reads Donkey Republic's details forwarded for a partner's emails as sharing: concerning", () => {
    expect(
      forwardedForPartnersEmails(
        "This information will also be forwarded to the partner.",
        "If agreed , we can provide an option for our riders to opt-in to receive advertising emails from our partner by submitting their name and email address.",
      ),
    ).toBe(true);
    expect(rate("third-parties", donkey).rating).toBe("concerning");
  });
  it("leaves details forwarded for the company's own service", () => {
    expect(
      forwardedForPartnersEmails(
        "This information will also be forwarded to the partner.",
        "We can arrange repairs through our partner.",
      ),
    ).toBe(false);
  });
  const row =
    "Google LLC — Name, email address, Phone number, User location, IP address, Advertising ID, User id, rental data, usage data, web browsing data. — Marketing activities, ads tracking, storing and analysis of data, crash reporting, remote configuration, app store for Android devices, sign in/up method, maps and location provider.";
  it("reads a processors table's row that tracks for ads as third-party tracking: concerning", () => {
    expect(adTrackingRow(row)).toBe("Google LLC");
    expect(rate("cookies", row).rating).toBe("concerning");
  });
  it("leaves a row whose purposes name no ads tracking", () => {
    expect(
      adTrackingRow(
        "Datadog — Name, email address, Phone number, Location, IP Address — Server logging used for performance and security monitoring — Germany",
      ),
    ).toBeNull();
  });
});

describe("third parties: providers protected, and providers held to their task", () => {
  it("reads no sharing where providers are only protected (Olvid, Wikipedia)", () => {
    for (const text of [
      "The Olvid company attaches great importance to the protection of privacy and data relating to its customers and prospects, but also to its employees, partners and service providers.",
      "protect our organization, infrastructure, employees, contractors, or the public; or",
    ]) {
      expect(providersOnlyProtected(text), text).toBe(true);
      expect(valuesOf(text, "service-providers"), text).toEqual([]);
    }
    expect(
      providersOnlyProtected(
        "To protect your data, we share it only with service providers under contract.",
      ),
    ).toBe(false);
  });
  it("reads providers given what their task needs as limited (Olvid)", () => {
    const olvid =
      "Our service providers may also receive personal data that is strictly necessary for the performance of the services entrusted to them.";
    expect(necessaryForTheirTask(olvid)).toBe(true);
    expect(valuesOf(olvid, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
  });
});

describe("choice: the way each message gives", () => {
  const cafemom =
    "Each email you receive from any of our sites will include details on how to manage your newsletter preferences and unsubscribe.";
  it("reads CafeMom's emails as the way, not account settings", () => {
    expect(eachMessageSaysHow(cafemom)).toBe(true);
    expect(valuesOf(cafemom, "opt-out")).toEqual([
      "of marketing messages, by following the instructions in the message",
    ]);
  });
  it("leaves preferences managed in the account", () => {
    const account = "You can manage your newsletter preferences in your account settings.";
    expect(eachMessageSaysHow(account)).toBe(false);
  });
});
