import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { adsOnSitesOfOthers, opensOnLawsOfPlaces } from "./read-since-2027-03-01";

/*
 * Misreadings the blind double reading of 2027-02-28 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: recourse for those whose data falls under named places' laws", () => {
  const bluesky =
    "If your personal information is subject to the applicable data protection laws of Brazil, the European Economic Area, Switzerland, or the United Kingdom, and you believe our processing of your personal information violates applicable law, you have the right to lodge a complaint with the competent supervisory authority.";
  it("reads Bluesky's authority as some users' only: concerning", () => {
    expect(opensOnLawsOfPlaces(bluesky)).toBe(true);
    expect(valuesOf(bluesky, "regulator")).toEqual(["supervisory authority (for some users only)"]);
    expect(rate("disputes", bluesky).rating).toBe("concerning");
  });
  it("leaves an authority offered to everyone", () => {
    const all =
      "If you believe our processing of your personal information violates applicable law, you have the right to lodge a complaint with the competent supervisory authority.";
    expect(opensOnLawsOfPlaces(all)).toBe(false);
    expect(valuesOf(all, "regulator")).toEqual(["supervisory authority"]);
  });
});

describe("cookies: ads on the company's sites and others' aimed at the user's interests", () => {
  const fedex =
    "In general, FedEx processes Personal Data as necessary for … the performance of (targeted) marketing activities … (e.g. deliver advertising, sponsorships, hospitality programs or other campaigns, communications and content from us on our sites and those of third parties more specific to your interests).";
  it("reads FedEx's as tracking across websites: concerning", () => {
    expect(adsOnSitesOfOthers(fedex)).toBe("advertising tracking across websites");
    expect(rate("cookies", fedex).rating).toBe("concerning");
  });
  it("leaves ads on the company's own sites", () => {
    expect(
      adsOnSitesOfOthers("We deliver advertising on our sites more specific to your interests."),
    ).toBe(null);
  });
});

describe("retention: data on a backup server until it can be deleted", () => {
  const paradox =
    "If neither deletion nor anonymization is possible (for example, due to data being stored on a backup server), we will isolate your data from further processing until deletion or anonymization is possible.";
  it("reads Paradox's backup server as backups with no limit: concerning", () => {
    expect(valuesOf(paradox, "retention-backups")).toEqual([
      "kept in backups or archives, no limit stated",
    ]);
    expect(rate("retention", paradox).rating).toBe("concerning");
  });
  it("leaves data deleted from the backup server", () => {
    expect(
      valuesOf("Your data is deleted from our backup server within 30 days.", "retention-backups"),
    ).toEqual([]);
  });
});
