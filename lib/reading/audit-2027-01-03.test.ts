import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  changeOfAProgram,
  cookiesRefusedInOtherWords,
  noCookiesUsed,
  parentsConsentInOtherWords,
  vendorsNamedAsNoRecipient,
} from "./read-since-2027-01-03";

/*
 * Misreadings found by the re-audit of 2027-01-03 (the 51st to 75th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy
 * changes and choice), each on the policy's own sentence, with a counter-example the fix must
 * leave alone.
 */
describe("cookies: no cookies at all", () => {
  const proctorio =
    "Proctorio manages sessions without using cookies (or HTML Web Storage) and runs cookie-free domains.";
  it("reads Proctorio's cookie-free domains as protective", () => {
    expect(valuesOf(proctorio, "cookies-session-only")).toEqual(["no cookies used"]);
    expect(rate("cookies", proctorio).rating).toBe("protective");
    expect(rate("cookies", proctorio).reason).toBe(
      "protective: no cookies used, no third-party tracking found",
    );
  });
  it("leaves features that need cookies, a denial for one purpose and the user's choice", () => {
    for (const text of [
      "However, some website features or services may not function properly without cookies.",
      "The site will not operate properly without cookies.",
      "We do not use cookies to track you across other websites.",
      "You can use our website without accepting cookies.",
    ])
      expect(noCookiesUsed(text)).toBe(false);
    expect(noCookiesUsed("We do not use cookies.")).toBe(true);
  });
});

describe("children: a parent's consent said in other words", () => {
  it("reads Freja eID's and Proctorio's ages as use with a parent's consent", () => {
    const freja =
      "The service is available for individuals from the age of five. Parental consent is required for individuals under 13 years old.";
    expect(rate("children", freja).reason).toBe(
      "neutral: children under 13 may use it only with a parent's consent or involvement",
    );
    const proctorio = [
      'In these instances, the Institution (on behalf of the parent) provides the required consent for Proctorio to collect Personal Information of a child under 18 for this purpose as a "School Official."',
      "If you are under the age of 13, please do not use Proctorio's Sites without explicit permission from your School Official, parent, and/or guardian.",
    ];
    expect(rate("children", proctorio).reason).toBe(
      "neutral: children under 18 may use it only with a parent's consent or involvement",
    );
  });
  it("leaves what is done with data collected without a parent's consent", () => {
    const coppa =
      "If we learn that we have collected personal information from a child under 13 without parental consent, we will delete it.";
    expect(parentsConsentInOtherWords(coppa)).toBe(false);
    expect(rate("children", coppa).reason).toBe(
      "neutral: an age threshold for children is stated (under 13)",
    );
  });
});

describe("policy changes: the change 'may' be made at any time; the date at the top; a program's terms", () => {
  it("reads The Trade Desk's 'We may revise this policy at any time'", () => {
    const tradeDesk =
      "We may revise this policy at any time. However, if we make material changes, we will not apply them retroactively.";
    expect(valuesOf(tradeDesk, "change-reserved")).toEqual([
      "the policy may be changed at any time",
    ]);
    expect(rate("policy-changes", tradeDesk).reason).toBe(
      "neutral: the policy may be changed at any time; no notice of changes found",
    );
  });
  it("leaves the user's settings and a cookie policy", () => {
    expect(valuesOf("You may change your settings at any time.", "change-reserved")).toEqual([]);
    expect(valuesOf("We may update this Cookie Policy at any time.", "change-reserved")).toEqual(
      [],
    );
  });
  it("reads Allrecipes's date at the top, and not its incentive programs' terms", () => {
    const allrecipes =
      "If we make any material changes to our privacy practices, we will indicate at the top of the Privacy Policy the date when it was most recently updated and you shall be bound to such changes when accessing the Services that are linked to the updated Privacy Policy.";
    expect(valuesOf(allrecipes, "change-notice")).toEqual(["posted on the site"]);
    const programs =
      "We may add or change incentive programs or their terms by posting notice on the program descriptions and terms linked to above, so check them regularly.";
    expect(changeOfAProgram(programs)).toBe(true);
    expect(valuesOf(programs, "change-notice")).toEqual([]);
    expect(
      valuesOf(
        "If we change the terms of this policy, we will notify you by posting notice on this page.",
        "change-notice",
      ),
    ).not.toEqual([]);
  });
});

describe("choice: opt-outs in words the rules did not read", () => {
  it("reads cookies refused in the browser (LINE, Open Collective, WolframAlpha)", () => {
    for (const text of [
      "You can control whether or not to accept cookies based on browser settings or by using other tools.",
      "If you prefer, you can usually choose to set your browser to remove or reject browser cookies.",
      "Most browsers are initially set up to accept cookies, but can typically be configured to block all cookies or block all third-party cookies.",
    ]) {
      expect(cookiesRefusedInOtherWords(text)).toBe(true);
      expect(valuesOf(text, "opt-out")).toEqual(["of cookies, in browser settings"]);
    }
  });
  it("leaves a browser that accepts cookies by default", () => {
    expect(
      cookiesRefusedInOtherWords("Most web browsers are set to accept cookies by default."),
    ).toBe(false);
  });
  it("reads Qobuz's 'right of opposition to prospecting' and Freja eID's written notice", () => {
    expect(
      valuesOf(
        "A right of opposition to prospecting at any time or for reasons relating to a particular situation.",
        "opt-out",
      ),
    ).toEqual(["of marketing messages, how not stated"]);
    expect(
      valuesOf(
        "If you do not want Freja eID Group to use your personal data for direct marketing, you have the right to provide written notification of this to Freja eID Group at any time.",
        "opt-out",
      ),
    ).toEqual(["of marketing messages, by contacting the company"]);
    expect(valuesOf("We use prospecting tools to find new customers.", "opt-out")).toEqual([]);
  });
  it("says how: the account's controls (Xanga), not a browser signal's preferences (Bumble)", () => {
    expect(
      valuesOf(
        "You may prevent indexing of your information by Xanga’s search engines and disable your public syndication feed using the controls inside your Xanga account.",
        "opt-out",
      ),
    ).toEqual(["in account settings"]);
    expect(
      valuesOf(
        "To exercise your right to opt out of the sale or sharing of personal information or to opt out of targeted advertising, you may also choose to enable online, where available, a universal tool that automatically communicates your opt-out preferences, such as the Global Privacy Control (“GPC”).",
        "opt-out",
      ),
      // A browser signal since the double reading of 2027-01-31 (Badoo; "how not stated" before).
    ).toEqual(["of the sale of personal data, by a browser signal (Global Privacy Control)"]);
  });
});

describe("retention: kept as long as the user uses the service", () => {
  it("reads Academia.edu's 'for as long as you use our Services'", () => {
    const academia =
      "We store the personal information we collect as described in this Privacy Policy for as long as you use our Services or as necessary to fulfill the purpose(s) for which it was collected, provide our Services, resolve disputes, establish legal defenses, conduct audits, pursue legitimate business purposes, enforce our agreements, and comply with applicable laws.";
    expect(rate("retention", academia).reason).toBe(
      "neutral: data is kept as long as you use the service",
    );
  });
  it("leaves a condition of use", () => {
    expect(
      valuesOf(
        "As long as you use the Services, you agree to be bound by these terms.",
        "retention-while-needed",
      ),
    ).toEqual([]);
  });
});

describe("third parties: providers that receive nothing, subcontractors held to their work, no sale", () => {
  it("reads no provider in the company's vendor ID, others' security or its own role as processor", () => {
    for (const text of [
      "TCF Vendor ID: 1136.",
      "Infolinks Media, LLC is a registered vendor under the IAB Europe Transparency && Consent Framework (TCF v2.2).",
      "However, no security system is impenetrable and we cannot guarantee the security of our systems, or those of our vendors.",
      "In other cases, where for example you are expected by an employer to use your Freja eID as a work tool, we will instead process your personal data as a personal data processor on behalf of your employer (see 2.2), and the legal basis for processing will then be your employment contract with the employer.",
    ]) {
      expect(vendorsNamedAsNoRecipient(text)).toBe(true);
      expect(valuesOf(text, "service-providers")).toEqual([]);
    }
  });
  it("keeps a sentence that gives data to vendors besides", () => {
    const text =
      "We share your information with our vendors, and we cannot guarantee the security of our systems, or those of our vendors.";
    expect(vendorsNamedAsNoRecipient(text)).toBe(false);
    expect(valuesOf(text, "service-providers")).not.toEqual([]);
  });
  it("reads LINE's subcontractors held to the subcontracted services", () => {
    const line =
      "The subcontractor will access the Personal Data only to the minimum extent required for performing the subcontracted services on our behalf, and will not use the Personal Data beyond the scope of the subcontracted services.";
    expect(valuesOf(line, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
    expect(valuesOf("We may subcontract certain services.", "service-providers")).toEqual([]);
  });
  it("reads OpenSea's quoted, defined 'sell' and MDN Plus's denial of all sharing", () => {
    expect(
      valuesOf(
        "We do not “sell” or “share” (as those terms are defined under the CCPA) personal information, nor have we done so in the preceding 12 months.",
        "no-sale",
      ),
    ).toEqual(["does not sell personal information"]);
    expect(
      valuesOf("MDN Plus doesn’t share any of your data with third parties.", "no-sale"),
    ).toEqual(["does not share data with third parties"]);
    expect(
      valuesOf(
        "We don't share any of your data with third parties, except our service providers.",
        "no-sale",
      ),
    ).toEqual([]);
  });
});
