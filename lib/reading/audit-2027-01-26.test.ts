import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  cookiesOnlyOfTheRecord,
  noticeOnlyAttempted,
  optOutOnlyAsConsequence,
  optOutOnlyAsRequirementDenied,
  preferencesPerBrowserOnly,
} from "./read-since-2027-01-26";
import { informedOnlyOnTheSite, OWN_CHANNEL } from "./read-since-2026-12-15";

/*
 * Misreadings found by the blind second reading of 2027-01-26 (140 machine findings of 10
 * companies the re-audits of 2027-01-23 and 2027-01-24 had passed; choice, policy changes, access),
 * each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("choice: an opt-out named only as what a denied practice would require", () => {
  const denied = [
    "We may process Sensitive Personal Information in accordance with applicable laws and do not use or disclose Sensitive Personal Information in any way that would require us to provide an opt-out opportunity under the applicable laws.",
    "We do not use or disclose sensitive Personal Information, as defined by the California Consumer Privacy Act (“CCPA”) for purposes that require an opt-out opportunity under the CCPA.",
  ];
  it("reads Wix's and Pornhub's denials as no opt-out", () => {
    for (const text of denied) expect(valuesOf(text, "opt-out")).toEqual([]);
  });
  it("leaves a requirement with no denial before it", () => {
    expect(optOutOnlyAsRequirementDenied("Some uses of your data require an ")).toBe(false);
    expect(
      valuesOf("Some uses require an opt-out, which you can make by clicking here.", "opt-out"),
    ).toEqual(["through a link"]);
  });
});

describe("choice: an opt-out in a condition whose main clause gives its consequence", () => {
  it("reads Pornhub's warning and Miro's consequence as no opt-out", () => {
    for (const text of [
      "Please note that if you opt out of certain practices, we may be unable to provide you with some services.",
      "If you do withdraw consent, it will not affect the lawfulness of what we have done with your Personal Data before you withdrew consent.",
    ])
      expect(valuesOf(text, "opt-out")).toEqual([]);
  });
  it("leaves a condition that says how, and cookies disabled in the browser", () => {
    expect(optOutOnlyAsConsequence("If you wish to ", "opt out", ", click the link below.")).toBe(
      false,
    );
    expect(
      valuesOf(
        "You can control the use of cookies using browser controls, but if you choose to disable cookies, you may limit your use of certain features.",
        "opt-out",
      ),
    ).toEqual(["of cookies, in browser settings"]);
  });
});

describe("choice: preferences set per device and browser, no account named", () => {
  const miro =
    "You will need to set your preferences from each device and each web browser from which you wish to opt out.";
  it("reads Miro's sentence without the account's settings", () => {
    expect(preferencesPerBrowserOnly(miro)).toBe(true);
    expect(valuesOf(miro, "opt-out")).toEqual(["offered, how not stated"]);
  });
  it("leaves preferences in the account", () => {
    const account =
      "To opt out, log in to your account and set your preferences for each device you use.";
    expect(preferencesPerBrowserOnly(account)).toBe(false);
    expect(valuesOf(account, "opt-out")).toEqual(["in account settings"]);
  });
});

describe("choice: an industry body's opt-out settings and the opt-out cookie", () => {
  it("reads Taboola's AdChoices settings as a link, no account", () => {
    expect(
      valuesOf(
        "To update your AdChoices Opt Out settings, select your region here: US, Canada, or Europe (including the United Kingdom); and to manage all NAI member sites’ settings, click here.",
        "opt-out",
      ),
    ).toEqual(["through a link"]);
  });
  it("leaves the company's own settings page beside an industry page", () => {
    expect(
      valuesOf(
        "Users may opt out of personalized advertising by visiting YourAdChoices or our privacy settings page",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in account settings"]);
  });
  it("reads Taboola's opt-out cookie as no opt-out of cookies", () => {
    const text =
      "If your browsers are configured to reject cookies, your opt-out may not be effective, since we identify your choice to opt-out based on an opt-out cookie we deliver to you.";
    expect(cookiesOnlyOfTheRecord(text)).toBe(true);
    expect(valuesOf(text, "opt-out")).toEqual(["offered, how not stated"]);
  });
  it("leaves an opt-out of cookies said so", () => {
    expect(
      cookiesOnlyOfTheRecord(
        "You can opt out of cookies on our site; we then set an opt-out cookie to remember it.",
      ),
    ).toBe(false);
  });
});

describe("policy changes: a notice attempted, or given on the sites, is posted", () => {
  const pornhub =
    "Although we may attempt to notify you when major changes are made to this Privacy Notice, you are expected to periodically review the most up-to-date version found at this location, so you are aware of any changes, as they are binding on you.";
  const taboola =
    "If we make any changes to this Privacy Policy that materially affect our practices with regard to the Information we have previously collected from you, we will endeavor to provide you with notice in advance of such change by highlighting the change on our Sites.";
  it("reads Pornhub's and Taboola's sentences as posted on the site", () => {
    expect(noticeOnlyAttempted(pornhub, OWN_CHANNEL)).toBe(true);
    expect(informedOnlyOnTheSite(taboola)).toBe(true);
    for (const text of [pornhub, taboola])
      expect(valuesOf(text, "change-notice")).toEqual(["posted on the site"]);
  });
  it("leaves a notice by email", () => {
    for (const text of [
      "Although we may attempt to notify you by email when major changes are made, you are expected to periodically review this Privacy Notice.",
      "We will provide you with notice of material changes to this Privacy Policy by email and by highlighting the change on our Sites.",
    ])
      expect(valuesOf(text, "change-notice")).toEqual(["direct notice"]);
  });
});

describe("access: a right to a copy alone is a right to see the data", () => {
  const duckduckgo = [
    "Privacy laws in some jurisdictions provide certain rights with respect to the limited personal information we may hold about you from our optional features or from your reaching out to contact us.",
    "For information about these rights, such as requesting deletion or a copy of your personal information, please review our Privacy Rights page.",
  ];
  it("reads DuckDuckGo's rights as seeing and deletion, not correction", () => {
    expect(valuesOf(duckduckgo, "correction-right")).toEqual(["data can be seen"]);
    expect(rate("access", duckduckgo)?.reason).toMatch(
      /users can see their data and have it deleted/,
    );
  });
  it("leaves rectification whose ligature was lost (Arweave)", () => {
    expect(
      valuesOf(
        "Users have the right to information under Article 15 GDPR, the right to recti cation under Article 16 GDPR, the right to erasure under Article 17 GDPR.",
        "correction-right",
      ),
    ).toEqual(["data can be seen and corrected"]);
  });
  it("leaves the label where the policy names correction in another sentence", () => {
    const withRectification = [
      ...duckduckgo,
      "You may also ask us to rectify inaccurate information by writing to our office.",
    ];
    expect(valuesOf(withRectification, "correction-right")[0]).toBe(
      "data can be seen and corrected",
    );
  });
});
