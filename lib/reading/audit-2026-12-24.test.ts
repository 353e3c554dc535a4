import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-24 (25 machine-read companies, every 12th
 * from the 3rd; cookies, retention, disputes, choice, children and policy changes), each on the
 * policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("retention: kept 'as long as' in further words", () => {
  it("reads 'as long as it remains necessary' (IPinfo), 'as long as you have an open account' (Linear) and 'as long as our purposes … may require' (Palia)", () => {
    const ipinfo =
      "We will keep your Information for as long as it remains necessary for the identified purpose or as required by law, which may extend beyond the termination of our relationship with you.";
    const linear =
      "We retain Personal Data about you for as long as you have an open account with us or as otherwise necessary to provide you with our Services.";
    const palia =
      "We generally store and retain your data for as long as our processing purposes, legal retention periods and our legitimate interests in documentation and keeping evidence may require, or where storage is a technical requirement.";
    expect(valuesOf(ipinfo, "retention-while-needed")).toEqual(["as long as necessary"]);
    expect(valuesOf(linear, "retention-while-needed")).toEqual([
      "as long as you have an open account with us",
    ]);
    expect(valuesOf(palia, "retention-while-needed")).toEqual(["as long as required"]);
    expect(rate("retention", ipinfo).reason).toBe("neutral: data is kept as long as necessary");
  });

  it("leaves a condition with no verb of keeping, and what the rules before already read once", () => {
    expect(
      valuesOf(
        "As long as you have an open account, you may change your settings at any time.",
        "retention-while-needed",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "As long as our legitimate interests require, we may contact you about our services.",
        "retention-while-needed",
      ),
    ).toEqual([]);
    expect(
      valuesOf("We keep your data for as long as necessary.", "retention-while-needed"),
    ).toEqual(["as long as necessary"]);
  });
});

describe("retention: 'saved for' a period, and a period counted from a request's end", () => {
  it("reads 'saved for 11 years' (BankID) and '7 years following completion of the … request' (XING)", () => {
    expect(valuesOf("Your personal data is saved for 11 years.", "retention-period")).toEqual([
      "personal data kept for 11 years",
    ]);
    const xing = [
      "Data we receive from you when contacting our customer service team is deleted in full 7 years following completion of the respective customer request at the latest.",
      "We will delete the data and documents you provide in your application via XING after a period of 6 months.",
      "We delete this data when you delete your user account.",
    ];
    expect(valuesOf(xing[0]!, "retention-period")).toEqual([
      "some data deleted 7 years after completion of the respective customer request",
    ]);
    // More than a year kept: no longer protective beside its six months and deletion on closing.
    expect(rate("retention", xing).rating).toBe("neutral");
  });

  it("leaves money saved, a saved period that is a time to answer, and a reply within 30 days", () => {
    for (const text of [
      "You saved 20% on your subscription for 12 months.",
      "Requests are saved and answered within 30 days.",
      "We will respond to your request within 30 days following completion of the verification.",
    ])
      expect(valuesOf(text, "retention-period"), text).toEqual([]);
  });
});

describe("cookies: third parties' trackers on the site in other words", () => {
  it("reads partners allowed to use such technologies to advertise (The Trade Desk) and third parties placing their cookie files (Viaplay)", () => {
    const tradeDesk =
      "We may use cookies and similar tracking technologies, and allow our partners to use such technologies, to advertise The Trade Desk on other sites and services.";
    const viaplay =
      "Third party entities placing their cookie files or plug ins on our website, allowing them to collect specific information about your use of the website and services (more information available in our Cookie Policy).";
    expect(valuesOf(tradeDesk, "third-party-tracking")).toEqual([
      "partners allowed to use tracking technologies",
    ]);
    expect(rate("cookies", tradeDesk).rating).toBe("concerning");
    expect(valuesOf(viaplay, "third-party-tracking")).toEqual([
      "cookie files placed by third parties",
    ]);
    expect(rate("cookies", viaplay).rating).toBe("concerning");
  });

  it("leaves verification tags, a denial, and third-party cookies said of no user or advertising", () => {
    for (const text of [
      "We allow advertisers to use MOAT, Doubleverify, and IAS tags on their campaigns to monitor for fraud.",
      "We do not allow third parties to use cookies on our website for advertising.",
      "Third party providers placing their cookies must comply with our security standards.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
  });
});

describe("disputes: a recourse under a heading for some regions' users", () => {
  const rubicon =
    "Right to Lodge a Complaint\nYou have the right to lodge a complaint about our processing of personal data with a European Data Protection Authority. For contact details of EU data protection authorities, please see here: https://edpb.europa.eu/about-edpb/about-edpb/members_en.";
  it("confines the EU authorities under 'Additional Information for EEA, UK, and Switzerland End Users' (Rubicon Project)", () => {
    expect(
      valuesOf(rubicon, "independent-body", [
        ["Additional Information for EEA, UK, and Switzerland End Users"],
      ]),
    ).toEqual(["EU data protection authorities (for some users only)"]);
  });

  it("leaves the same words under a heading for everyone", () => {
    expect(valuesOf(rubicon, "independent-body", [["Your Privacy Rights"]])).toEqual([
      "EU data protection authorities",
    ]);
  });
});

describe("disputes: left to the service's terms by 'subject to'", () => {
  it("reads 'any dispute over privacy is subject to this Notice and our Conditions of Use' (Amazon)", () => {
    const amazon =
      "If you choose to use Amazon Services, your use and any dispute over privacy is subject to this Notice and our Conditions of Use, including limitations on damages, resolution of disputes, and application of the law of the state of Washington.";
    expect(valuesOf(amazon, "recourse-elsewhere")).toEqual([
      "disputes are left to the service's terms",
    ]);
    expect(rate("disputes", amazon).rating).toBe("neutral");
  });

  it("leaves use of the service subject to its terms, with no dispute", () => {
    expect(
      valuesOf("Your use of the Services is subject to our Terms of Use.", "recourse-elsewhere"),
    ).toEqual([]);
  });
});

describe("policy changes: a notice sent to all account holders", () => {
  const heading = [["12. Changes to our Privacy Notice"]];
  it("reads 'we will send a notice of this change to all of our account holders' (SurveyMonkey)", () => {
    const surveyMonkey =
      "We can make changes to this Privacy Notice from time to time. We will identify the changes we have made on this page. In circumstances where a change will materially change the way in which we collect or use your personal information or data, we will send a notice of this change to all of our account holders.";
    expect(valuesOf(surveyMonkey, "change-notice", heading)).toEqual(["direct notice"]);
  });

  it("leaves a notice sent to an authority, and one outside a change of the policy", () => {
    expect(
      valuesOf(
        "If a change requires it, we will send a notice of this change to the supervisory authority.",
        "change-notice",
        heading,
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We will send a notice to all of our account holders when the service is down.",
        "change-notice",
        [["Service status"]],
      ),
    ).toEqual([]);
  });
});
