import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-20 (25 machine-read companies, every 12th
 * from the 5th; cookies, retention, disputes, third parties, access, children and policy changes),
 * each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("access: rights as the user's wish, or in a relative clause on their data", () => {
  it("reads seeing, correcting and deleting wished (jacksfilms, MouthShut) and data the user can access and update (App Store)", () => {
    const jacksfilms =
      "If you would like to: access, correct, amend or delete any personal information we have about you, register a complaint, or simply want more information contact our Privacy Compliance Officer at support@crowdmade.com or by mail at Crowdmade [Re: Privacy Compliance Officer] 1801 Oakland Blvd Suite 315, Walnut Creek, CA 94596";
    const mouthshut =
      "b. If you wish to delete your profile information and any personal data you provided during account creation or registration, please Click Here or submit the form on our Contact Us page.";
    const appStore =
      "This includes account and payment information, which you can access and update on the Apple Store app account page.";
    expect(valuesOf(jacksfilms, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(valuesOf(jacksfilms, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", jacksfilms).reason).toBe(
      "protective: users can see and correct their data and have it deleted",
    );
    expect(valuesOf(mouthshut, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(valuesOf(mouthshut, "correction-right")).toEqual([]);
    expect(valuesOf(appStore, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(valuesOf(appStore, "deletion-right")).toEqual([]);
  });

  it("leaves the service, cookies, a child's data, another's application and data that is not the user's alone", () => {
    for (const text of [
      "If you wish to access the Services from outside the United States, you do so at your own risk.",
      "If you would like to delete cookies, see your browser's help pages.",
      "If you wish to review your child's personal information, please contact us.",
      "For example, if you use a third party application to post a comment (e.g., the Facebook social plugin application) while logged in to your related profile with such third party, you must login into such application or contact its provider if you want to remove the Personal Information you posted on that platform.",
      "Public information that you can view through third-party sites is not covered by this policy.",
      "Moreover, if you would like to access and review your Personal Data, you should contact our Client with any such requests.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
    }
  });

  it("adds no second fact where an earlier rule reads the sentence", () => {
    const earlier =
      "If you would like us to delete your personal information, please contact us at privacy@example.com.";
    expect(valuesOf(earlier, "deletion-right")).toEqual(["data can be deleted on request"]);
  });
});

describe("retention: a cookie's lifetime in a list or table of cookies", () => {
  const jacksfilms =
    "We’ve listed them here so you that you can choose if you want to opt-out of cookies or not. _session_id, unique token, sessional, Allows Shopify to store information about your session (referrer, landing page, etc). _shopify_visit, no data held, Persistent for 30 minutes from the last visit, Used by our website provider’s internal stats tracker to record the number of visits cart, unique token, persistent for 2 weeks, Stores information about the contents of your cart.";
  const xvideosRow =
    "session_token — Enabling login to user account. It stores user logged information, such as the user login detail and some information about the account. — 30 days";

  it("reads 'persistent for 2 weeks' in a list of cookies (jacksfilms) and a row opening on a cookie's name (xvideos) as the cookies'", () => {
    expect(valuesOf(jacksfilms, "retention-period")).toEqual(["cookies kept for 2 weeks"]);
    expect(valuesOf(xvideosRow, "retention-period")).toEqual(["cookies kept for 30 days"]);
  });

  it("puts a period for data before a cookie's lifetime in the summary (xvideos)", () => {
    const xvideosData =
      "Most of the data are deleted right after account deletion, but we keep some information such as (email / login) for another 4 years and IP address for six months.";
    // Counted from the account's deletion since the double reading of 2027-02-03 ("for another").
    expect(rate("retention", [xvideosRow, xvideosData]).reason).toBe(
      "neutral: some information is kept for 4 years after account deletion; IP address is kept for 6 months after account deletion",
    );
  });

  it("leaves data collected via cookies, a row whose first cell is words, and a sentence on no cookie alone", () => {
    expect(
      valuesOf(
        "Information collected via cookies, web page counters and other analytics tools is kept for up to one year.",
        "retention-period",
      ),
    ).toEqual(["information collected via cookies kept for up to 1 year"]);
    expect(
      valuesOf(
        "Account data — Needed to run your account. We retain your account data. — 30 days",
        "retention-period",
      ).some((v) => v.startsWith("cookies")),
    ).toBe(false);
    expect(
      valuesOf("Your session log is persistent for 2 weeks on our servers.", "retention-period"),
    ).not.toContain("cookies kept for 2 weeks");
  });
});

describe("retention: 'indefinitely' or 'permanently' within a bound the sentence states", () => {
  const active = "Active accounts will have data retained indefinitely.";
  const untilDeleted =
    "Your login IP address is also kept permanently (until you delete it) if you enable authentication logging for your account (by default this is off).";
  const breach =
    "However, IP logs may be kept temporarily to combat abuse and fraud, and your IP address may be retained permanently if you are engaged in activities that breach our terms and conditions (spamming, DDoS attacks against our infrastructure, brute force attacks, etc).";
  const closed =
    "When a ProtonMail account is closed, data is immediately deleted from production servers.";

  it("reads no data kept without limit while the account is active, until the user deletes it, or on a breach of the terms (Proton Mail)", () => {
    for (const text of [active, untilDeleted, breach])
      expect(valuesOf(text, "retention-indefinite"), text).toEqual([]);
    expect(valuesOf(active, "retention-while-needed")).toEqual(["while the account is active"]);
    expect(rate("retention", [active, untilDeleted, breach, closed]).reason).toBe(
      "neutral: data is deleted when the account is closed; no period is stated",
    );
    expect(rate("retention", [active, untilDeleted, breach]).reason).toBe(
      "neutral: data is kept while the account is active",
    );
  });

  it("leaves data kept indefinitely after the account is closed, or when the company is required to", () => {
    expect(
      valuesOf(
        "Active accounts will have data retained indefinitely, even after you close your account.",
        "retention-indefinite",
      ),
    ).toEqual(["kept indefinitely"]);
    expect(
      valuesOf(
        "Your IP address may be retained permanently if we are required to do so by law.",
        "retention-indefinite",
      ),
    ).toEqual(["Your IP address kept indefinitely"]);
    expect(
      valuesOf(
        "Active accounts will have data retained indefinitely, even after you close your account.",
        "retention-while-needed",
      ),
    ).toEqual([]);
  });
});

describe("policy changes: direct notice to the people a change affects", () => {
  it("reads 'it will take steps to inform these persons about such changes' (Booking.com)", () => {
    const booking =
      "If Booking.com makes updates to a privacy notice that could impact persons significantly, it will take steps to inform these persons about such changes before they take effect.";
    expect(valuesOf(booking, "change-notice")).toEqual(["direct notice"]);
    expect(rate("policy-changes", booking).reason).toBe(
      "neutral: users are notified directly of changes",
    );
  });

  it("leaves a sentence on no change, a denial, and people told of their rights alone", () => {
    for (const text of [
      "We will inform these persons about the processing of their data when we collect it.",
      "If we update this privacy notice, we will not inform the users individually.",
      "When we update this privacy notice, we will inform data subjects of their rights under the GDPR.",
    ])
      expect(valuesOf(text, "change-notice"), text).not.toContain("direct notice");
  });
});

describe("retention: kept while the activities the policy describes go on", () => {
  it("reads 'for as long as we do the activities we told you about or have a valid reason to keep it' (BBC)", () => {
    const bbc =
      "we only hold your information for as long as we do the activities we told you about or have a valid reason to keep it";
    expect(valuesOf(bbc, "retention-while-needed")).toEqual([
      "as long as the activities described go on or there is a reason to keep it",
    ]);
    expect(rate("retention", bbc).rating).toBe("neutral");
  });

  it("leaves a keeping denied, business carried on, and 'a valid reason' alone (read already) alone", () => {
    for (const text of [
      "We do not hold your information for as long as we do the activities described here.",
      "We will keep providing the service for as long as we do business in your country.",
    ])
      expect(valuesOf(text, "retention-while-needed"), text).toEqual([]);
    expect(
      valuesOf(
        "We keep your information for as long as we have a legitimate reason to keep it.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as there is a reason to keep it"]);
  });
});

describe("access: rights named only in the clause's heading, the clause asking for the request", () => {
  const heading = [["Extension Local Storage", "Data Access/Deletion Requests (GDPR)"]];

  it("reads 'Data Access/Deletion Requests (GDPR)' over 'Please email me with your request.' (SponsorBlock)", () => {
    const sponsorblock = "Please email me with your request.";
    // No correction named: "data can be seen" since the second reading of 2027-01-26.
    expect(valuesOf(sponsorblock, "correction-right", heading)).toEqual(["data can be seen"]);
    expect(valuesOf(sponsorblock, "deletion-right", heading)).toEqual([
      "data can be deleted on request",
    ]);
    expect(rate("access", sponsorblock, heading).rating).toBe("protective");
  });

  it("leaves the sentence under another heading, a request form's own statements and a count of requests alone", () => {
    expect(valuesOf("Please email me with your request.", "deletion-right", [["Contact"]])).toEqual(
      [],
    );
    expect(
      valuesOf(
        "[ ] I have the authority, under relevant laws, rules, and regulations, to submit a subject access request for personal data.",
        "correction-right",
        [["Data Access Request Form"]],
      ),
    ).toEqual([]);
    expect(
      valuesOf("We received 12 requests, each answered by email.", "deletion-right", [
        ["Metrics: Deletion Requests"],
      ]),
    ).toEqual([]);
  });
});
