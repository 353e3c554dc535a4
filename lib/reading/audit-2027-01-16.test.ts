import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { placeOfServersSaid } from "./read-since-2027-01-10";
import {
  blankAccessRemoved,
  businessSoldDataGiven,
  deletedInANounItem,
  seenInANounItem,
  yoursGivenOrAmended,
} from "./read-since-2027-01-16";
import { safeguardsStated } from "./safeguards";

/*
 * Misreadings found by the re-audit of 2027-01-16 (the 201st to 225th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("access: a rights list's bare item said as a noun", () => {
  const tildes = [
    "You may request any of:",
    "a full export of your personal information",
    "correction or deletion of any of your personal information",
    "deletion of your Tildes account (and all associated personal information)",
  ];
  it("reads Tildes' items as access, correction and deletion", () => {
    expect(seenInANounItem(tildes[1]!)).toBe(true);
    expect(seenInANounItem(tildes[2]!)).toBe(true);
    expect(deletedInANounItem(tildes[3]!)).toBe(true);
    expect(valuesOf(tildes, "correction-right")).toContain("data can be seen and corrected");
    expect(valuesOf(tildes, "deletion-right")).toContain("data can be deleted on request");
    expect(rate("access", tildes).rating).toBe("protective");
  });
  it("leaves a heading in capitals and an instruction with a time", () => {
    for (const text of [
      "Deletion of your personal data",
      "Correction of your personal data",
      "deletion of your data after 30 days",
      "a copy of your personal information after 30 days",
    ]) {
      expect(seenInANounItem(text)).toBe(false);
      expect(deletedInANounItem(text)).toBe(false);
      expect(valuesOf(text, "correction-right")).toEqual([]);
      expect(valuesOf(text, "deletion-right")).toEqual([]);
    }
  });
});

describe("access: access removed from a sign-in link is no right", () => {
  const artstation =
    "If you no longer want to use your Google Account to sign in to your ArtStation account, you can remove access through your Google Account.";
  it("reads no right in ArtStation's sentence", () => {
    expect(blankAccessRemoved(artstation)).not.toContain("remove access");
    expect(valuesOf(artstation, "correction-right")).toEqual([]);
    expect(valuesOf(artstation, "deletion-right")).toEqual([]);
  });
  it("leaves the user's right to access and have data removed", () => {
    const text = "You can request access to, or removal of, your personal information.";
    expect(blankAccessRemoved(text)).toBe(text);
    // Access alone is "data can be seen" since the second reading of 2027-01-26.
    expect(valuesOf(text, "correction-right")).toEqual(["data can be seen"]);
  });
});

describe("access: seeing and correcting said as the company's undertaking", () => {
  const artstation = [
    "If you demonstrate the inaccuracy or incompleteness of personal information, we will amend the information as required.",
    "Upon written request and authentication of identity, we will provide you with your other personal information under our control, information about the ways in which that information is being used and a description of the individuals and organizations to whom that information has been disclosed.",
    "You may also request deletion of your information by contacting us at the email below.",
  ];
  it("reads ArtStation's access and correction beside its deletion", () => {
    expect(yoursGivenOrAmended(artstation[0]!)).toBe("data can be seen and corrected");
    expect(yoursGivenOrAmended(artstation[1]!)).toBe("data can be seen and corrected");
    expect(rate("access", artstation).rating).toBe("protective");
  });
  it("leaves information given with no request, and amendments of the company's own", () => {
    for (const text of [
      "We will provide you with information about our products upon request.",
      "We will amend this policy if the law changes.",
    ]) {
      expect(yoursGivenOrAmended(text)).toBeNull();
      expect(valuesOf(text, "correction-right")).toEqual([]);
    }
  });
});

describe("security: industry-standard methods of securing the data", () => {
  const mouthshut =
    "MouthShut.com uses industry-standard methods of securing its databases of user information, such as, if and where appropriate, firewalls and limits on who can access user information databases.";
  it("reads MouthShut's safeguards", () => {
    expect(safeguardsStated(mouthshut)).toBe("industry-standard methods");
    expect(rate("security", mouthshut).reason).toContain("industry-standard methods");
  });
  it("leaves methods that are not of securing", () => {
    const text = "We use industry-standard methods of payment.";
    expect(safeguardsStated(text)).toBeNull();
  });
});

describe("international: servers a service runs on, and computers located globally", () => {
  it("reads Tildes' and Viber's places", () => {
    const said: Array<[string, string]> = [
      [
        "Tildes runs on dedicated servers located in Canada and rented exclusively to Spectria.",
        "Canada",
      ],
      [
        "Depending on the territory from which you use our Services, we may store and process all categories of your personal data on our computers located globally, including in the United States, Asia, Europe, Russia, Australia and Brazil.",
        "the United States, Asia, Europe, Russia, Australia and Brazil",
      ],
    ];
    for (const [text, place] of said) {
      expect(placeOfServersSaid(text)).toBe(place);
      expect(valuesOf(text, "data-location")).toEqual([place]);
      expect(rate("international", text).reason).toContain(place);
    }
  });
  it("leaves the user's place and another company's servers", () => {
    for (const text of [
      "If you are located in the EU, our app runs on servers located in Germany.",
      "Google runs on dedicated servers located in the United States.",
    ])
      expect(placeOfServersSaid(text)).toBeNull();
  });
});

describe("business transfer: the business sold and the data given to the new owner", () => {
  const instagram =
    "And if we sell or transfer all or part of our business to someone else, in some cases we’ll give the new owner your information as part of that transaction, but only as the law allows.";
  it("reads Instagram's sentence as data passing with the business", () => {
    expect(businessSoldDataGiven(instagram)).toBe(true);
    expect(valuesOf(instagram, "transfer-as-asset")).toEqual([
      "data passes with the business's assets",
    ]);
    expect(rate("business-transfer", instagram).rating).toBe("concerning");
  });
  it("leaves data kept back from the new owner", () => {
    const text =
      "If we sell all or part of our business, we will not give the new owner your information.";
    expect(businessSoldDataGiven(text)).toBe(false);
    expect(valuesOf(text, "transfer-as-asset")).toEqual([]);
  });
});
