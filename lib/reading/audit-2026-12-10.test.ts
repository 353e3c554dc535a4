import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-10 (26 machine-read companies; cookies,
 * retention, disputes, third parties, access, policy changes and children), each on the policy's
 * own sentence, with a counter-example the fix must leave alone.
 */
describe("access: rights of seeing, correcting and deleting in further words", () => {
  const DELETED = "data can be deleted on request";

  it("reads both rights where the policy grants both (Bandcamp, SourceHut, Google Nest)", () => {
    for (const text of [
      "Subject to applicable law, you may have the right to: obtain confirmation that we hold Personal Data about you, request access to and receive information about the Personal Data we maintain about you, receive copies of the Personal Data we maintain about you, exercise your right to data portability, update and correct inaccuracies in your Personal Data, object to or restrict the processing of your Personal Data, and have the information blocked, anonymized or deleted, as appropriate.",
      "You may submit a request via email to support to request an archive of the information we've collected about you, or to request that we remove any information we've collected about you.",
      "When audio recordings are stored with your Google Account (for example, the audio from your Nest Cam footage when you’ve subscribed to Nest Aware), you can access, review, and delete your recordings at any time.",
      "You can review and delete stored video footage either through the Nest app (in the case of Nest Cam recordings) or My Activity (for interactions with Google Assistant).",
    ]) {
      // A copy or access alone is "data can be seen" since the second reading of 2027-01-26.
      expect(valuesOf(text, "correction-right"), text).toEqual([
        expect.stringMatching(/^data can be seen( and corrected)?$/),
      ]);
      expect(valuesOf(text, "deletion-right"), text).toEqual([DELETED]);
      expect(rate("access", text).rating, text).toBe("protective");
    }
  });

  it("reads deletion after a right named or asked for (Freja eID, Bluesky, Xfinity, Zora)", () => {
    for (const text of [
      "7.3 You have the right to require from Freja eID Group access, correction or deletion of your personal data (for example, if deletion is required according to applicable legislation), request restrictions on the continued processing of your personal data.",
      "Request Deletion, Anonymization or Blocking of personal information including when processing is based on your consent, or when processing is unnecessary, excessive or noncompliant.",
      "All individuals may also make requests to access and correct certain personal information, and to have us delete certain personal information through our Privacy Center by visiting xfinity.com/privacy/requests.",
      "Delete. Delete your personal information.",
    ])
      expect(valuesOf(text, "deletion-right"), text).toEqual([DELETED]);
    // Zora's list of rights, item by item.
    expect(
      rate("access", [
        "Access. Provide you with information about our processing of your personal information and give you access to your personal information.",
        "Correct. Update or correct inaccuracies in your personal information.",
        "Delete. Delete your personal information.",
      ]).rating,
    ).toBe("protective");
  });

  it("leaves the company's own deletion, a child's data and cookies alone", () => {
    for (const text of [
      "We have the information deleted by our processors when it is no longer needed.",
      "If a child under the age of 13 has provided personal information to us, we encourage the child's parent or guardian to contact us to request that we remove the personal information from our systems.",
      "You can view and delete cookies in your browser settings.",
      "We may ask that we remove any content that violates these terms.",
    ])
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
    for (const text of [
      "We correct inaccuracies in our records when we learn of them.",
      "We give our service providers access to your personal information only as needed.",
    ])
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
  });
});

describe("policy changes: notice, posting and consent in other words", () => {
  it("reads the policy called “this document”, with its notice period (SourceHut)", () => {
    const text =
      "We may make changes to this document with no less than 2 weeks notice. Notice of these changes will be sent to the email on file for your account.";
    expect(valuesOf(text, "change-notice")).toEqual(["direct notice"]);
    expect(valuesOf(text, "change-notice-period")).toEqual(["2 weeks before"]);
    expect(rate("policy-changes", text).rating).toBe("protective");
  });

  it("reads changes posted in a sentence that does not name the policy (Palantir, Twitch)", () => {
    for (const text of [
      "We may make updates to this Statement from time to time. When we do so, we will post those changes here, so please check back periodically for any updates.",
      "Please check this Privacy Notice periodically for those changes. Your continued use of the Twitch Services after the posting of changes constitutes your binding acceptance of such changes.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual(["posted on the site"]);
  });

  it("reads a change never made without consent as consent sought (Amazon)", () => {
    const text =
      "We stand behind the promises we make, however, and will never materially change our policies and practices to make them less protective of customer information collected in the past without the consent of affected customers.";
    expect(valuesOf(text, "change-consent")).toEqual(["consent sought for changes"]);
    expect(rate("policy-changes", text).rating).toBe("protective");
  });

  it("leaves posting of other things, and a preference kept without consent, alone", () => {
    for (const text of [
      "We may post changes to our product catalogue on our blog.",
      "This document describes how we handle your data.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual([]);
    expect(
      valuesOf(
        "By continuing to use the Services after changes to the Privacy Notice have become effective, you are giving your agreement to the revised Notice, and we will not change your preference in this regard without your express consent.",
        "change-consent",
      ),
    ).toEqual([]);
  });
});

describe("cookies: Do Not Track answers and “remember you”", () => {
  it("reads each answer as the sentence gives it (Interstellar Lab, NordVPN, hide.me)", () => {
    expect(
      valuesOf(
        "As a result, the Website and Services are not yet set up to interpret or respond to Do Not Track signals communicated by your browser.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: not honoured"]);
    expect(
      valuesOf(
        'For details on the use of cookies and tracking technologies on our Websites (including how we respond to "Do not track" signals), please see our Cookie Policy.',
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: mentioned"]);
    expect(valuesOf('We support Do Not Track ("DNT").', "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });

  it("leaves the answers stated outright as they were", () => {
    expect(valuesOf("We do not support Do Not Track.", "do-not-track")).toEqual([
      "Do Not Track: not honoured",
    ]);
    expect(valuesOf("We respond to Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });

  it("reads no cookie from “remember you can …” (Google Nest), but does from “to remember you”", () => {
    expect(
      valuesOf(
        "Also, remember you can use your device’s camera with other Google services (such as uploading a video to YouTube or making a video call with Google Duo) – and when you do this, Google’s Privacy Policy will apply.",
        "cookies-persistent",
      ),
    ).toEqual([]);
    expect(
      valuesOf("We use cookies to remember you when you return.", "cookies-persistent"),
    ).toEqual(["remember you"]);
  });
});

describe("third parties: data given for advertisers' use", () => {
  const TWITCH =
    "Twitch may also work with third-party ad networks, advertisers, and advertising analytics providers to target (and measure the performance of) ads to you both on and off the Twitch Services. We may share with these third parties (or they may directly collect) data such as cookie and mobile ad identifiers in order to engage in advertising activity (including to understand how you respond to advertisements and to serve relevant ads). Twitch also works with third parties to serve ads to you off Twitch’s Services. When we do so, we may share information such as your email address or resettable device identifier for that advertising partner to “match” to other information that may have about you.";

  it("reads sharing for an advertising partner's use, or to serve ads (Twitch)", () => {
    expect(valuesOf(TWITCH, "advertising-sharing")).toHaveLength(2);
    expect(rate("third-parties", TWITCH).rating).toBe("concerning");
  });

  it("leaves a denial, and sharing with these parties for another purpose, alone", () => {
    for (const text of [
      "We do not share your email address for an advertising partner to match it.",
      "We may share with these third parties the data they need to process your payments.",
    ])
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
  });
});

describe("retention: kept while subscribed or for the period necessary; a removal's time", () => {
  it("reads how long data is kept in these words (Xfinity, Interstellar Lab)", () => {
    expect(
      valuesOf(
        "For example, if you are a customer, we keep information that personally identifies you as long as you subscribe to one or more of our Services.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as you subscribe"]);
    const text =
      "We will retain and use your Personal Information for the period necessary to comply with our legal obligations, to enforce our Policy, resolve disputes, and unless a longer retention period is required or permitted by law.";
    expect(valuesOf(text, "retention-while-needed")).toEqual(["for the period necessary"]);
    expect(rate("retention", text).reason).toBe("neutral: data is kept for the period necessary");
  });

  it("reads no period from the days a removal takes (Bitwarden)", () => {
    expect(
      valuesOf(
        "Note: Please allow five (5) business days to be removed from all email communications.",
        "retention-period",
      ),
    ).toEqual([]);
  });

  it("leaves a condition, and a period that is kept, alone", () => {
    expect(
      valuesOf(
        "You may use the service so long as you comply with these Terms.",
        "retention-while-needed",
      ),
    ).toEqual([]);
    expect(valuesOf("We allow logs to be kept for 30 days.", "retention-period")).toEqual([
      "logs kept for 30 days",
    ]);
  });
});

describe("cookies: cookies that keep the user logged in", () => {
  it("reads them as persistent first-party cookies (SourceHut)", () => {
    const text =
      "We also use cookies to store long-lived authorization data, to remember that you're logged into your account between visits without prompting you for your password again.";
    expect(valuesOf(text, "cookies-persistent")).toEqual(["cookies that keep you logged in"]);
    expect(rate("cookies", text).rating).toBe("neutral");
  });

  it("leaves a sentence with no cookie alone", () => {
    expect(
      valuesOf("Our app will keep you logged in between visits.", "cookies-persistent"),
    ).toEqual([]);
  });
});
