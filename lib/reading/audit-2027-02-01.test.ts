import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  accessOnlyGrantedToUs,
  browserSignalWay,
  onlyADateLine,
  onlyHiddenOnDeletion,
  titleLabelsEndingInOptOut,
} from "./read-since-2027-02-01";

/*
 * Facts the blind double reading of 2027-01-31 (112 machine findings, 8 companies) confirmed
 * misread where the rating is right: each on the policy's own sentence, with a counter-example the
 * fix must leave alone.
 */

describe("choice: a way named", () => {
  it("reads a browser signal (Badoo)", () => {
    const badoo = [
      "To exercise your right to opt out of the sale or sharing of personal information or to opt out of targeted advertising, you may also choose to enable online, where available, a universal tool that automatically communicates your opt-out preferences, such as the Global Privacy Control (“GPC”).",
      "We will process the GPC signal as a request to opt-out of the sale or sharing of your personal information.",
    ];
    for (const s of badoo)
      expect(valuesOf(s, "opt-out")).toEqual([
        "of the sale of personal data, by a browser signal (Global Privacy Control)",
      ]);
  });
  it("leaves a signal the company does not honour", () => {
    expect(
      browserSignalWay(
        "We do not currently respond to the Global Privacy Control signal, but you may opt out by email.",
      ),
    ).toBeNull();
  });
  it("reads an opt-out website (Wolfram) and the NAI's program (Shockwave.com)", () => {
    expect(
      valuesOf(
        "One way you may opt out can be found at the National Advertising Initiative Consumer Opt Out website here.",
        "opt-out",
      ),
    ).toEqual(["through a link"]);
    expect(
      valuesOf(
        `OPT-OUT — You may choose to not participate in our personalized advertising services by "opting out" of such personalized advertising services through the Network Advertising Initiative's Consumer Opt-out Program.`,
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, through a link"]);
  });
  it("reads the user's profile as the account's settings (Finnair), not a social media profile", () => {
    expect(
      valuesOf(
        "You can opt-out from targeted advertising at any time through your Finnair Plus profile.",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in account settings"]);
    expect(
      valuesOf(
        "If you are a Finnair Plus member holder, you can withdraw your consent in your Finnair Plus profile.",
        "opt-out",
      ),
    ).toEqual(["in account settings"]);
    expect(
      valuesOf(
        "You can opt out of this sharing through your social media profile settings on that network.",
        "opt-out",
      ),
    ).not.toContain("of the sharing of personal data, in account settings");
  });
  it("reads preferences managed through a link as the link only (Finnair)", () => {
    expect(
      valuesOf(
        "If you are not a Finnair Plus member but have given your consent to receive emails and personalised advertising through our website, the Finnair app or a dedicated sign-up form, you can manage your marketing preferences or withdraw your consent via a link at the end of our emails.",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, through a link"]);
    expect(
      valuesOf(
        "You can manage your marketing preferences in your account settings or via a link in our emails.",
        "opt-out",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "You can opt out: manage your marketing preferences in your account settings or via a link in our emails.",
        "opt-out",
      ),
    ).toEqual(["through a link or in account settings"]);
  });
});

describe("choice: a caveat, an effect or a heading is no opt-out offered", () => {
  it("reads Wolfram's, Finnair's and Shockwave.com's sentences as none", () => {
    for (const s of [
      "Please note, however, that opting out does not prevent you from seeing the ads; it only makes them less relevant or tailored to your interests.",
      "Withdrawing your consent or opting out from marketing communication later does not affect the legality of the processing of your personal data for marketing communications purposes before you withdrew your consent.",
      "If you opt out, we will no longer send you marketing emails and you will no longer see our personalised ads.",
      "Opting out will not remove advertisements.",
      "Your will need to update your opt-out preferences if you change/update browsers or computers, or if you delete cookies.",
      "Receipt of Communications; Opt-Out.",
    ])
      expect(valuesOf(s, "opt-out")).toEqual([]);
    expect(titleLabelsEndingInOptOut("Receipt of Communications; Opt-Out.")).toBe(true);
  });
  it("leaves opt-outs offered beside a caveat, by a preposition, or in a sentence", () => {
    expect(
      valuesOf(
        "You can opt out at any time; opting out will not affect purchases you have made.",
        "opt-out",
      ),
    ).toEqual(["offered, how not stated"]);
    expect(
      valuesOf("If you wish to opt out, click the unsubscribe link in any email.", "opt-out"),
    ).toEqual(["through an unsubscribe link"]);
    expect(titleLabelsEndingInOptOut("To stop receiving emails, you may opt-out.")).toBe(false);
  });
});

describe("access: the company's access is no right of the user's (Shockwave.com)", () => {
  const shockwave =
    "When you engage with our content on or through third party social networking sites, plug-ins, and applications, you may allow us to have access to certain information from your social media profile (e.g., your name, e-mail address, photo, gender, birthday, location, list of friends, people you follow and/or who follow you, the posts or the 'likes' you make) to deliver the content or as part of the operation of the application.";
  it("reads Shockwave.com's sentence as no right", () => {
    expect(accessOnlyGrantedToUs(shockwave)).toBe(true);
    expect(valuesOf(shockwave, "correction-right")).toEqual([]);
  });
  it("leaves a right named beside it", () => {
    const both =
      "You may access and correct your personal information, and you may allow us to have access to your contacts.";
    expect(accessOnlyGrantedToUs(both)).toBe(false);
    expect(valuesOf(both, "correction-right")).toEqual(["data can be seen and corrected"]);
  });
});

describe("retention: facts as the policy words them", () => {
  it("reads an account hidden as no deletion (Badoo)", () => {
    const badoo = "When your Account is deleted, we make sure it is no longer viewable on the App.";
    expect(onlyHiddenOnDeletion(badoo)).toBe(true);
    expect(valuesOf(badoo, "retention-deletion")).toEqual([]);
    expect(
      valuesOf(
        "When you close your account, your data is deleted and no longer visible to others.",
        "retention-deletion",
      ),
    ).toEqual(["deleted when the account is closed"]);
  });
  it("keeps 'almost all' (Badoo)", () => {
    const badoo = "Almost all profile data is deleted 28 days after account deletion/erasure";
    expect(valuesOf(badoo, "retention-period")).toEqual([
      "most profile data deleted 28 days after account deletion",
    ]);
    expect(valuesOf("We retain the most sensitive data for 30 days.", "retention-period")).toEqual([
      "sensitive data kept for 30 days",
    ]);
  });
  it("reads a maximum retention time as 'up to' (Finnair)", () => {
    expect(valuesOf("The maximum retention time is ten (10) years.", "retention-period")).toEqual([
      "kept for up to 10 years",
    ]);
    expect(valuesOf("The retention time is ten (10) years.", "retention-period")).toEqual([
      "kept for 10 years",
    ]);
  });
});

describe("international: data sent to and used in a place (Badoo)", () => {
  it("reads Badoo's sentences as where data is", () => {
    expect(
      valuesOf(
        "Badoo’s App and Sites are global, and your information will be sent to and used in the United States and the EU regardless of the country you reside in.",
        "data-location",
      ),
    ).toEqual(["the United States and the EU"]);
    expect(
      valuesOf(
        "Your personal information will be sent to and used in the US and UK, no matter what country you live in.",
        "data-location",
      ),
    ).toEqual(["the US and UK"]);
    expect(
      rate("international", [
        "Your personal information will be sent to and used in the US and UK, no matter what country you live in.",
      ]).reason,
    ).toContain("where data is stored is stated");
  });
  it("leaves data used in a manner", () => {
    expect(
      valuesOf(
        "Your information will be sent to and used in accordance with this policy.",
        "data-location",
      ),
    ).toEqual([]);
  });
});

describe("policy changes: a date line says nothing of how changes are told (Badoo)", () => {
  it("reads Badoo's date line as no notice", () => {
    const badoo = "This Privacy Policy was last updated on: 13th March 2026.";
    expect(onlyADateLine(badoo)).toBe(true);
    expect(valuesOf(badoo, "change-notice")).toEqual([]);
  });
  it("leaves a posted change", () => {
    expect(
      valuesOf(
        "We will post any changes to this policy on this page and update the last updated date.",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
  });
});
