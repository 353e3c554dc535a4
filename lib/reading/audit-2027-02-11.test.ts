import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  companyAsAProvider,
  noticeThatIsNone,
  optOutThatIsNone,
  respondedWhereNotCompelled,
  respondsOnlyInTheFuture,
  stateAttorneyGeneral,
  tiedToAFramework,
  trackingNamedOnly,
} from "./read-since-2027-02-12";

/*
 * Misreadings the blind double reading of 2027-02-11 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: a regulator tied to a transfer framework (a decision of the rubric)", () => {
  const ign =
    "With respect to Personal Information received or transferred pursuant to the Privacy Shield Framework, Ziff Davis is subject to the regulatory enforcement powers of the U.S. Federal Trade Commission.";
  const proctorio =
    "The Federal Trade Commission has jurisdiction over Proctorio’s compliance with the EU-U.S. Data Privacy Framework (EU-U.S. DPF) and the UK Extension to the EU-U.S. DPF, and the Swiss-U.S. Data Privacy Framework (Swiss-U.S. DPF).";
  const freeBody =
    "If you have an unresolved concern regarding your privacy or our use of data that we have not addressed satisfactorily, please contact our U.S.-based third party dispute resolution provider (free of charge).";
  it("reads IGN's and Proctorio's FTC as the framework's people's only", () => {
    for (const text of [ign, proctorio]) {
      expect(tiedToAFramework(text), text).toBe(true);
      expect(valuesOf(text, "regulator"), text).toEqual([
        "Federal Trade Commission (for some users only)",
      ]);
    }
    expect(rate("disputes", proctorio).rating).toBe("concerning");
    // A free body for everyone, and the FTC only for the framework's data: not both for all.
    expect(rate("disputes", [freeBody, ign]).rating).toBe("neutral");
  });
  it("keeps a regulator named for everyone", () => {
    const everyone = "You may also file a complaint with the U.S. Federal Trade Commission.";
    expect(tiedToAFramework(everyone)).toBe(false);
    expect(valuesOf(everyone, "regulator")).toEqual(["Federal Trade Commission"]);
    expect(rate("disputes", [freeBody, everyone]).rating).toBe("protective");
  });
});

describe("disputes: a state's attorney general after an appeal", () => {
  const arc =
    "If we deny your appeal, you have the right to contact the Attorney General of your state, including by the following links: Colorado, Connecticut, Delaware, Iowa.";
  it("reads Arc's attorney general as some users' only: concerning", () => {
    expect(stateAttorneyGeneral(arc)).toBe(true);
    expect(valuesOf(arc, "regulator")).toEqual(["Attorney General (for some users only)"]);
    expect(rate("disputes", arc).rating).toBe("concerning");
  });
  it("keeps an attorney general named for everyone", () => {
    const named = "You may file a complaint with the California Attorney General.";
    expect(stateAttorneyGeneral(named)).toBe(false);
  });
});

describe("legal disclosure: responses to legal requests where the law does not compel them", () => {
  const facebook =
    "For example, responses to legal requests where not compelled by law will typically include limited information (such as contact details and login information).";
  it("reads Facebook's as disclosure on the company's own judgement: concerning", () => {
    expect(respondedWhereNotCompelled(facebook)).toBe(true);
    expect(valuesOf(facebook, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", facebook).rating).toBe("concerning");
  });
  it("leaves a refusal and responses the law compels", () => {
    for (const text of [
      "We give no responses to legal requests where not required by law.",
      "Our responses to legal requests are limited to what the law requires.",
    ])
      expect(respondedWhereNotCompelled(text), text).toBe(false);
  });
});

describe("cookies: Do Not Track answered only in the future", () => {
  const yc =
    "If we do respond to DNT signals in the future, we will update this Privacy Policy to describe how we do so.";
  it("reads Y Combinator's as a mention, not honoured", () => {
    expect(respondsOnlyInTheFuture(yc)).toBe(true);
    expect(valuesOf(yc, "do-not-track")).toEqual(["Do Not Track: mentioned"]);
  });
  it("keeps a response given now", () => {
    expect(valuesOf("We respond to Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });
});

describe("choice and changes: opt-outs and notices that are none", () => {
  const yc =
    "Opt-out of the “sale” (as that term is defined in the CCPA) of your personal information if a business sells your Personal Information (we do not);";
  const proctorio =
    "However, the Institution may choose to disable facial detection and gaze detection as a secondary setting of the video recording feature if it wishes to opt out of facial detection and gaze detection, but still record.";
  const ycChanges =
    "By continuing to use our Services or providing us with Personal Information after we have posted an updated Privacy Policy, or notified you by other means if applicable, you consent to the revised Privacy Policy.";
  const ign = "Date Privacy Policy Last Updated";
  it("reads Y Combinator's right for what it does not do and Proctorio's school's setting as no opt-out", () => {
    for (const text of [yc, proctorio]) {
      expect(optOutThatIsNone(text), text).toBe(true);
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    }
  });
  it("reads notice 'by other means if applicable' and a bare heading as no notice", () => {
    for (const text of [ycChanges, ign]) {
      expect(noticeThatIsNone(text), text).toBe(true);
      expect(valuesOf(text, "change-notice"), text).toEqual([]);
    }
  });
  it("keeps an opt-out offered and a notice promised", () => {
    expect(
      valuesOf("You may opt out of the sale of your data by clicking Do Not Sell.", "opt-out"),
    ).toHaveLength(1);
    expect(
      valuesOf(
        "We will notify you by email of material changes to this Privacy Policy.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
    expect(
      valuesOf("We will post any changes to this Privacy Policy on this page.", "change-notice"),
    ).toEqual(["posted on the site"]);
  });
});

describe("third parties and cookies: the company as a provider, and tracking only named", () => {
  const arc =
    "If we are processing your personal data as a service provider, you should contact the entity that collected your personal data in the first instance to address your rights with respect to such data.";
  const proctorio =
    "In the United States, Proctorio has agreements with educational Institutions that are subject to FERPA and Proctorio acts as a third-party service provider of such educational Institutions and must make every effort to comply with FERPA generally as a School Official.";
  it("reads Arc's and Proctorio's role as no sharing with providers", () => {
    for (const text of [arc, proctorio]) {
      expect(companyAsAProvider(text), text).toBe(true);
      expect(valuesOf(text, "service-providers"), text).toEqual([]);
    }
    const stripe = "Stripe acts as our service provider and receives your card details.";
    expect(companyAsAProvider(stripe)).toBe(false);
    expect(valuesOf(stripe, "service-providers")).toHaveLength(1);
  });
  it("reads Foursquare's heading and the terms it defines as no tracker, and keeps a product named", () => {
    for (const text of [
      "Interest-Based Advertising",
      "Interest based advertising is a digital advertising that is tailored to a consumer's inferred interests, preferences, and locations.",
      "Cross-device linking is the practice of associating different browsers and/or devices (such as mobile devices and televisions) based on information about the likely relationships among them.",
    ]) {
      expect(trackingNamedOnly(text), text).toBe(true);
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
    }
    expect(valuesOf("Google Ads", "third-party-tracking")).toEqual(["Google Ads"]);
    expect(valuesOf("We use interest-based advertising.", "third-party-tracking")).toEqual([
      "interest-based advertising",
    ]);
  });
});
