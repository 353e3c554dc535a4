import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  changeItAtAnyTime,
  frameworksComplaintPointedBack,
  opensOnARegionsAccount,
  sharedAsItBelievesThisHelps,
  usedByOthersForAdsElsewhere,
} from "./read-since-2027-02-23";

/*
 * Misreadings the blind double reading of 2027-02-22 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: recourse for a region's members, and a framework's complaint pointed back to", () => {
  const nextdoor = [
    "If you have a UK or EU Member account and wish to raise a concern about our use of your information (and without prejudice to any other rights you may have), you have the right to do so with your local supervisory authority or Nextdoor’s lead supervisory authority, the Irish Data Protection Commission.",
    "If you are not satisfied with the outcome of our assessment of your complaint, you may wish to contact the Office of the Australian Information Commissioner (for Australian Members) or the Office of the Privacy Commission of Canada (for Canadian Members).",
  ];
  it("reads Nextdoor's authorities as some members': concerning", () => {
    for (const s of nextdoor) expect(opensOnARegionsAccount(s)).toBe(true);
    expect(rate("disputes", nextdoor, undefined, 2).rating).toBe("concerning");
  });
  it("leaves an account anyone has", () => {
    expect(
      opensOnARegionsAccount(
        "If you have an account, you may lodge a complaint with your local supervisory authority.",
      ),
    ).toBe(false);
  });
  const wix =
    "If you have such an unresolved complaint, under the recourse mechanism you may contact the applicable EU Data Protection Authorities (free of charge).";
  it("reads Wix's free authorities as the framework's people's", () => {
    expect(frameworksComplaintPointedBack(wix)).toBe(true);
    expect(
      frameworksComplaintPointedBack(
        "If you have an unresolved complaint, you may contact the EU Data Protection Authorities.",
      ),
    ).toBe(false);
  });
});

describe("legal disclosure: a belief that “this will help” protect", () => {
  const wix =
    "Protecting Rights and Safety: Wix may share any categories of your Personal Information described in this Privacy Policy if we believe in good faith that this will help protect the rights, property or personal safety of Wix, any of our Users, any Users-of-Users, or any member of the general public, with or without notice to you.";
  it("reads Wix's as disclosure on the company's own judgement: concerning", () => {
    expect(sharedAsItBelievesThisHelps(wix)).toBe(true);
    expect(rate("law-enforcement", wix).rating).toBe("concerning");
  });
  it("leaves the “necessary” wording the rules read as legal process", () => {
    expect(
      sharedAsItBelievesThisHelps(
        "We may share your information if we believe in good faith that this is necessary to comply with the law.",
      ),
    ).toBe(false);
  });
});

describe("third parties and use: the trackers' data used by others for ads elsewhere", () => {
  const couchsurfing =
    "This information may be used by Couchsurfing and others to, among other things, analyze and track data, determine the popularity of certain content, deliver advertising and content targeted to your interests on our Services and other websites and better understand your online activity.";
  it("reads Couchsurfing's: concerning", () => {
    expect(usedByOthersForAdsElsewhere(couchsurfing)).toBe(true);
    expect(rate("third-parties", couchsurfing).rating).toBe("concerning");
    expect(rate("use", couchsurfing).rating).toBe("concerning");
  });
  it("leaves ads on the company's own service only", () => {
    expect(
      usedByOthersForAdsElsewhere(
        "This information may be used by Couchsurfing and others to deliver advertising on our Services.",
      ),
    ).toBe(false);
  });
});

describe("access: the user's profile information changed at any time", () => {
  const mouthshut = [
    "As you can see when you edit your preferences on this page, you have choices about whether to display or hide this information, and you can change this information at any time (although, as discussed elsewhere, it may not be possible to propagate all of these changes instantly or ever).",
    "MouthShut.com commits to honoring all valid deletion requests.",
  ];
  it("reads MouthShut's correction beside its deletion: protective", () => {
    expect(changeItAtAnyTime(mouthshut[0]!, "Your Personal Profile Pages:")).toBe(true);
    expect(
      valuesOf(mouthshut, "correction-right", [["Your Personal Profile Pages:"], ["Privacy"]]),
    ).toEqual(["data can be seen and corrected"]);
  });
  it("leaves a change of settings that are not the user's data", () => {
    expect(changeItAtAnyTime("You can change this setting at any time.", "Cookies")).toBe(false);
  });
});
