import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { changesPostedByTheDate } from "./read-since-2027-01-09";
import {
  adCompaniesEngagedToTarget,
  adServicesPermitted,
  currentVersionDateNoted,
} from "./read-since-2027-01-13";

/*
 * Misreadings found by the re-audit of 2027-01-13 (the 176th to 200th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("third parties: advertising companies engaged to target the user", () => {
  const mediafire =
    "We contract with advertising companies that will use your previous search history and clicks to provide advertising of specific interest to you.";
  const askfm =
    "Notwithstanding any other provision, we may also engage a third-party partner for the purpose of identifying users and delivering to them interest-based content and advertisements.";
  it("reads MediaFire's and ASKfm's sentences as sharing for others' advertising", () => {
    for (const text of [mediafire, askfm]) {
      expect(adCompaniesEngagedToTarget(text)).toBe(true);
      expect(valuesOf(text, "advertising-sharing")).toEqual([
        "shared for others' marketing or advertising",
      ]);
      expect(rate("third-parties", text).rating).toBe("concerning");
    }
  });
  it("leaves a denial and ads for the company's own products", () => {
    for (const text of [
      "We do not work with advertising companies that deliver targeted ads.",
      "We work with advertising partners to show you targeted ads for our products on other sites.",
    ]) {
      expect(adCompaniesEngagedToTarget(text)).toBe(false);
      expect(valuesOf(text, "advertising-sharing")).toEqual([]);
    }
  });
});

describe("third parties: advertising services permitted, said to be a possible sale", () => {
  const zoom =
    "Zoom may permit advertising and analytics services that are intended to deliver advertising to you and/or analyze your interactions, based on your interactions with our website or app which may constitute a “sale” or “sharing” of data for targeted advertising purposes under certain state privacy laws.";
  it("reads Zoom's sentence as the policy's word that its sharing may be a sale", () => {
    expect(adServicesPermitted(zoom)).toBe(true);
    expect(valuesOf(zoom, "sale")).toEqual([
      "says some of its disclosures of data may be considered a sale",
    ]);
    expect(rate("third-parties", zoom).rating).toBe("concerning");
  });
  it("leaves a denial and the user's right to opt out", () => {
    for (const text of [
      "We do not permit advertising partners to collect data in ways that may constitute a “sale”.",
      "We allow you to opt out of advertising services that may constitute a “sale” of your data.",
    ]) {
      expect(valuesOf(text, "sale")).toEqual([]);
    }
  });
});

describe("policy changes: the current version's date noted on the page", () => {
  const chayn =
    "The effective date of the current Privacy Policy is noted at the top of this page.";
  it("reads Chayn's sentence as changes posted on the site", () => {
    expect(currentVersionDateNoted(chayn)).toBe(true);
    expect(changesPostedByTheDate(chayn)).toBe(true);
    expect(valuesOf(chayn, "change-notice")).toEqual(["posted on the site"]);
    expect(rate("policy-changes", chayn).rating).toBe("neutral");
  });
  it("leaves a policy's date alone", () => {
    const text = "This policy is effective as of the date noted above.";
    expect(currentVersionDateNoted(text)).toBe(false);
    expect(valuesOf(text, "change-notice")).toEqual([]);
  });
});
