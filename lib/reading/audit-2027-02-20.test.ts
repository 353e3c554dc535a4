import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { attorneyGeneralForYourState } from "./read-since-2027-02-19";
import {
  compelledOrAtOurJudgement,
  countryPeopleHeading,
  newOwnerHonoursThem,
  ownAnalytics,
} from "./read-since-2027-02-21";

/*
 * Misreadings the blind double reading of 2027-02-20 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("legal disclosure: cooperation where nothing compels it", () => {
  const libraryThing =
    "LibraryThing will not cooperate with non-US law enforcement unless compelled, or if we are convinced the law is at least as just, and applied as justly, as US standards.";
  it("reads LibraryThing's as disclosure on the company's own judgement: concerning", () => {
    expect(compelledOrAtOurJudgement(libraryThing)).toBe(true);
    expect(rate("law-enforcement", libraryThing).rating).toBe("concerning");
  });
  it("leaves cooperation only when compelled: protective", () => {
    const usOnly =
      "LibraryThing will not cooperate with US law enforcement unless compelled to do so.";
    expect(compelledOrAtOurJudgement(usOnly)).toBe(false);
    expect(rate("law-enforcement", usOnly).rating).toBe("protective");
  });
});

describe("business transfer: a new owner bound to honour", () => {
  const libraryThing =
    "Assignment. You can't hand your rights under these terms to someone else, but we may transfer ours—for instance, if the company is ever sold—as long as the new owner honors them.";
  it("reads LibraryThing's as the successor bound: neutral", () => {
    expect(newOwnerHonoursThem(libraryThing)).toBe(true);
    expect(rate("business-transfer", libraryThing).rating).toBe("neutral");
  });
  it("leaves a sale with no promise", () => {
    expect(
      newOwnerHonoursThem("If the company is ever sold, the new owner will get your data."),
    ).toBe(false);
  });
});

describe("cookies: analytics the company runs itself", () => {
  const protonMail =
    "Visiting our website: We employ a local installation of open-source analytics tools. Analytics are anonymized whenever possible and stored locally (and not on the cloud).";
  it("reads ProtonMail's as first-party analytics: neutral", () => {
    expect(ownAnalytics("We employ a local installation of self-developed analytics tools.")).toBe(
      "first-party analytics",
    );
    expect(valuesOf(protonMail, "cookies-persistent")).toEqual(["first-party analytics"]);
    expect(rate("cookies", protonMail).rating).toBe("neutral");
  });
  it("leaves another company's tools, and a denial", () => {
    expect(ownAnalytics("We use Google's analytics tools.")).toBe(null);
    expect(ownAnalytics("We do not employ a local installation of analytics tools.")).toBe(null);
  });
});

describe("disputes: recourse under one country's residents' heading", () => {
  it("reads Spark's FTC under “United States Residents” as some users'", () => {
    expect(countryPeopleHeading(["Data Subjects Rights", "United States Residents"])).toBe(true);
    const spark =
      "We will answer your request within thirty (30) to (60) days, depending on the state and legislative requirements. If your request is not satisfied, you can submit a complaint with the Federal Trade Commission.";
    for (const v of valuesOf(spark, "regulator", [
      ["Data Subjects Rights", "United States Residents"],
    ]))
      expect(v).toMatch(/for some users only/);
    expect(
      rate("disputes", spark, [["Data Subjects Rights", "United States Residents"]]).rating,
    ).toBe("concerning");
  });
  it("leaves a heading for everyone, and one for all other users", () => {
    expect(countryPeopleHeading(["Your rights"])).toBe(false);
    expect(countryPeopleHeading(["Residents of all other countries and US users"])).toBe(false);
  });
  it("reads Magnite's “attorney general in the state where you reside” as some users'", () => {
    expect(
      attorneyGeneralForYourState(
        "If you have concerns about the results of an appeal, you may contact the attorney general in the state where you reside.",
      ),
    ).toBe(true);
  });
});
