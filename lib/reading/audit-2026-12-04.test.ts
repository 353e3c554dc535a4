import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import { analyzePolicy } from "./analyze-policy";

/*
 * Misreadings found by the accuracy audits of 2026-12-04 (48 machine-read companies, 7 practices
 * each), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("how changes to the policy are announced", () => {
  it("a new date at the top of the policy is a posted notice, whatever the verb (TP-Link, Exponential, Revcontent)", () => {
    for (const text of [
      "This Privacy Policy may change from time to time and we may notify you by updating the Privacy Policy’s effective date above.",
      "We will notify you about any changes to this Policy by updating the “Last updated” date at the top of this Policy.",
      "If we make changes, we will notify you by revising the date at the top of the policy.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual(["posted on the site"]);
    expect(
      valuesOf(
        "If there are material changes, we will place a prominent notice on this website.",
        "change-notice",
        [["11. Updates to our Privacy Policy"]],
      ),
    ).toEqual(["posted on the site"]);
    // A direct channel named beside the posting keeps it direct.
    for (const text of [
      "If we make significant changes to this Policy, or in how we will use your personal data, we will notify you through appropriate channels, such as posting a notice on our website or sending you a direct communication.",
      "We will post a notice on our website or on your device to notify you in advance of material changes to our Privacy Policy and indicate at the top of the Privacy Policy when it was most recently updated.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual(["direct notice"]);
    // … but not one the company only may add: since the double reading of 2027-02-12 the notice it
    // commits to, the revised date, is what is read (read-since-2027-02-13.ts).
    expect(
      valuesOf(
        "If we make changes, we will notify you by revising the date at the top of this policy and, in some cases, we may provide you with additional notice (such as adding a statement to our Website or sending you a notification).",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
  });

  it("a further notice to the user's email address is direct notice (Instacart, Wargaming, Ning, Jottacloud)", () => {
    for (const text of [
      "If we make changes, we will revise the date at the top of this Privacy Policy and, in the case of material changes to this Privacy Policy, we may provide you with additional notice (such as a notice posted on the Services or a message delivered to the email address that we have on file for you), and seek your consent where required by applicable privacy laws.",
      "If the changes are material, we may provide you additional notice to your email address.",
      "Notifications of the above-mentioned changes will be sent to the user via email.",
    ])
      expect(valuesOf(text, "change-notice", [["Changes to this policy"]]), text).toContain(
        "direct notice",
      );
  });

  it("a promise not to reduce the user's rights without consent is consent sought (Google, O'Reilly)", () => {
    const google = [
      "We change this Privacy Policy from time to time. We will not reduce your rights under this Privacy Policy without your explicit consent.",
    ];
    expect(valuesOf(google, "change-consent")).toEqual(["consent sought for changes"]);
    expect(rate("policy-changes", google).rating).toBe("protective");
    // A preference the company will not change without consent is no promise about the policy.
    expect(
      valuesOf(
        "By continuing to use the Services after changes to the Privacy Notice have become effective, you are giving your agreement to the revised Notice with the following exception: if you are given the opportunity to limit how such information will be used, Nagravision SA will not change your preference in this regard without your express consent.",
        "change-consent",
      ),
    ).toEqual([]);
  });
});

describe("opt-outs: where they are made", () => {
  it("a browser's or a device's settings are not the account's (Allstate, Wargaming, Windstream)", () => {
    expect(
      valuesOf(
        "In order to opt out of cookies and other tracking technologies, you can configure or disable cookies in your browser settings.",
        "opt-out",
      ),
    ).toEqual(["of cookies, in browser settings"]);
    expect(
      valuesOf(
        "You can opt-out of personalized advertising in mobile applications, including our mobile Games, by checking the privacy settings of your Android or iOS device and selecting “limit ad tracking” (Apple iOS).",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in device settings"]);
    // An account's settings stay the account's.
    expect(
      valuesOf(
        "You can opt out of personalized ads at any time in your account settings.",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in account settings"]);
  });

  it("the company disabling an account, or a use that needs no opt-out, is no opt-out (Google, Allstate, Logitech)", () => {
    for (const text of [
      "When we detect spam, malware, illegal content and other forms of abuse on our systems in violation of our policies, we may disable your account or take other appropriate action.",
      "We may use your information for fraud prevention or other reasons that do not require an opt-out of this use.",
      "We do not sell your personal data, and we will not do so in the future without providing you with notice and an opportunity to opt-out.",
    ])
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    expect(valuesOf("You may disable cookies in your browser.", "opt-out")).toEqual([
      "of cookies, in browser settings",
    ]);
  });
});

describe("retention said in other words", () => {
  it("kept as long as needed, or while the account is active (Apple, Glassdoor, Ning, Brevo)", () => {
    expect(
      valuesOf(
        "Apple retains personal data only for so long as necessary to fulfill the purposes for which it was collected.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as necessary"]);
    expect(
      valuesOf(
        "We keep your personal data only so long as we need it to provide or offer our services to you.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as needed"]);
    expect(
      valuesOf(
        "We will retain your Personal Information for as long as your account status is active or as needed to provide you services.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as your account status is active"]);
    // "so long as" is also a condition.
    expect(
      valuesOf(
        "We may keep your content so long as you comply with these Terms.",
        "retention-while-needed",
      ),
    ).toEqual([]);
  });

  it("kept until the account is deleted is deletion on closing (Google, LibraryThing)", () => {
    for (const text of [
      "We keep some data until you delete your Google Account, such as information about how often you use our services.",
      "Your account and all personal data will be permanently deleted and cannot be restored.",
    ])
      expect(valuesOf(text, "retention-deletion"), text).toEqual([
        "deleted when the account is closed",
      ]);
    // Nor what stops when the account goes, or two profiles kept in step (Wargaming, Glassdoor).
    for (const text of [
      "We will be able to stop all communications only after your Account is deleted.",
      "Continue to keep your Profile data in sync until either your Glassdoor services account or Indeed services account is deleted;",
    ])
      expect(valuesOf(text, "retention-deletion"), text).toEqual([]);
  });

  it("the policy's old versions and an export the user downloads are no backups (Atlassian, Wargaming)", () => {
    for (const text of [
      "We also keep prior versions of this privacy policy in an archive here.",
      "Once the archive with the Personal Data we retain is ready, you will be able to download in it from our resources.",
    ])
      expect(valuesOf(text, "retention-backups"), text).toEqual([]);
  });

  it("what is kept indefinitely is named past an aside in brackets (X)", () => {
    expect(
      valuesOf(
        "Where you violate our Rules and your account is suspended, we may keep the identifiers you used to create the account (such as your email address or phone number) indefinitely to prevent repeat policy offenders from creating new accounts.",
        "retention-indefinite",
      ),
    ).toEqual(["the identifiers you used to create the account kept indefinitely"]);
  });

  it("a period given for an example case is not the policy's own (Badoo)", () => {
    const badoo =
      "there is an outstanding issue, claim or dispute requiring us to keep the relevant information until it is resolved (for example, if there is a payment dispute for a paid feature, we might need to keep personal information for 6 years to resolve it).";
    const [fact] = factsOf(badoo, "retention-period");
    expect(fact?.period?.general).toBe(false);
  });
});

describe("ages written in words", () => {
  it("reads the age in words, with or without figures (Allstate, Cloudflare, Teads)", () => {
    expect(
      valuesOf(
        "We do not market any products or services to children under the age of thirteen or knowingly collect any information from children under the age of thirteen.",
        "children-age",
      ),
    ).toEqual(["under 13"]);
    expect(
      valuesOf(
        "Our Services are not directed to children under the age of sixteen (16) in the United States.",
        "children-age",
      ),
    ).toEqual(["under 16"]);
    // A number that is no age is still none.
    expect(
      valuesOf("Our services are not directed to children under the age of two.", "children-age"),
    ).toEqual([]);
  });
});

describe("regulators named generically", () => {
  it("reads a data protection regulator (Wargaming, OpenSea)", () => {
    expect(
      valuesOf(
        "You also have the right to lodge a complaint with the data protection regulator in your jurisdiction.",
        "regulator",
      ),
    ).toEqual(["data protection regulator"]);
  });
});

describe("sharing for targeted advertising, said by the company", () => {
  it("is data shared for others' advertising, and tracking (Pornhub, Brevo)", () => {
    for (const text of [
      "We share Personal Information for targeted advertising purposes but do not otherwise engage in “sales” of Personal Information as defined by state laws.",
      "Brevo may share Personal Information we collect via cookies and other tracing technologies with third parties for cross-contextual behavioral advertising purposes.",
    ]) {
      expect(valuesOf(text, "advertising-sharing"), text).toHaveLength(1);
      expect(rate("third-parties", text).rating, text).toBe("concerning");
    }
    expect(
      valuesOf(
        "We share Personal Information for targeted advertising purposes but do not otherwise engage in “sales” of Personal Information as defined by state laws.",
        "third-party-tracking",
      ),
    ).toEqual(["data shared for targeted advertising"]);
  });

  it("not a definition, a right, a hypothetical, a browser signal or a denial (Thryv, Substack, PayPal, Zoom)", () => {
    for (const text of [
      "Under California law, “share” means disclosing your Personal Information by us to a third party for cross-context behavioral advertising, in exchange for money or anything else of value.",
      "You have the right to opt out of the sale of your Personal Information and the sharing of your Personal Information for the purpose of cross-context behavioral advertising.",
      "Were we ever to sell Personal Information or share it for cross-context behavioral advertising, we would provide information on our opt out process here.",
      "PayPal does not “sell” Personal Information or “share” Personal Information for cross-context behavioral or targeted advertising.",
      "California and Connecticut residents may also set the Global Privacy Control (GPC) to opt out of the “sale” or “sharing” of your personal information for targeted advertising for each participating browser system that you use.",
    ]) {
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
    }
    // A list of what a consumer may ask about states no sharing (Zillow).
    expect(
      valuesOf(
        "The categories of personal data shared for targeted advertising, cross-context behavioral advertising purposes (if any), and the categories of recipients to whom the personal data were disclosed for those purposes;",
        "advertising-sharing",
      ),
    ).toEqual([]);
  });
});

describe("third-party tracking in other words", () => {
  it("ads served on and off the service (X), not how ads perform there (Instagram)", () => {
    expect(
      valuesOf(
        "We also use this information to measure the effectiveness of ads and to help recognize your devices to serve you ads on and off of X.",
        "third-party-tracking",
      ),
    ).toEqual(["tracking across websites"]);
    expect(
      valuesOf(
        "Provide insights and measurement reports to businesses to help them understand how their content and ads are performing on and off our Products.",
        "third-party-tracking",
      ),
    ).toEqual([]);
  });

  it("advertising service partners placing their cookies (Vinted)", () => {
    expect(
      valuesOf(
        "Upon your consent, Vinted will allow advertising service partners to collect your IP address and/or mobile device identifier and place their cookies on your devices and then use the data to personalize advertisements presented to you.",
        "third-party-tracking",
      ),
    ).toEqual(["advertising service partners"]);
  });

  it("not a denial of giving data to advertising partners, nor a disclaimer (Spotify, UCLA)", () => {
    for (const text of [
      "We do not disclose personal data to advertising partners for users under the age of 18.",
      "This privacy policy does not apply to, and we are not responsible for, third-party cookies or other tracking technologies.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
  });
});

describe("first-party cookies and analytics", () => {
  it("cookies that remember the user's actions, or serve analytics (Better Stack)", () => {
    expect(
      valuesOf(
        "We use our cookies to remember your actions and preferences so you don't have to keep re-entering them.",
        "cookies-persistent",
      ),
    ).toEqual(["remember your actions and preferences"]);
    expect(
      valuesOf("We also use cookies for analytics purposes.", "cookies-persistent"),
    ).toHaveLength(1);
  });

  it("aggregate statistics about support tickets are no cookies (ProtonVPN)", () => {
    expect(
      valuesOf(
        "The information you provide when you contact our support team is processed for analytics purposes (such as to obtain aggregate statistics on the number of Android complaints), but they are not combined with any personal data.",
        "cookies-persistent",
      ),
    ).toEqual([]);
  });
});

describe("sale and service providers", () => {
  it("a browser signal asking websites not to sell is not the company's denial (Firefox)", () => {
    expect(
      valuesOf(
        "Firefox also provides Global Privacy Control (GPC), which you can enable to automatically notify websites not to sell or share information about you.",
        "no-sale",
      ),
    ).toEqual([]);
    expect(valuesOf("We don't sell any of your information to anyone.", "no-sale")).toHaveLength(1);
  });

  it("a heading names no service providers, and 'not sold' is said beside them (Instagram)", () => {
    expect(valuesOf(["Vendors", "Measurement vendors"], "service-providers")).toEqual([]);
    const instagram = [
      "We don't sell any of your information to anyone, and we never will.",
      "We share information with vendors who support our business, such as by providing technical infrastructure services.",
    ];
    expect(rate("third-parties", instagram).reason).toBe(
      "neutral: shared with service providers; data not sold",
    );
  });
});

describe("what a policy does for minors over the children's age", () => {
  it("is said after the age, so teenagers' apps are told apart (TikTok, Snapchat, Roblox)", () => {
    for (const text of [
      "To provide users younger than 18 with an age-appropriate experience, certain features are not available.",
      "In addition, we may also limit how we collect, use and store some of the information of Snapchatters under 18.",
      "Users under 18 years old will see only nonpersonalized ads.",
    ])
      expect(valuesOf(text, "minors-protections"), text).toEqual([
        "protections stated for users under 18",
      ]);
    const tiktok = rate("children", [
      "You must be at least 13 years old to use the Platform.",
      "To provide users younger than 18 with an age-appropriate experience, certain features are not available.",
    ]);
    expect(tiktok.rating).toBe("neutral");
    expect(tiktok.reason).toBe(
      "neutral: an age threshold for children is stated (under 13); protections stated for users under 18",
    );
  });

  it("not who may use the service, a right, or a limited circumstance (Tinder, Miro, Booking.com)", () => {
    for (const text of [
      "We do not permit individuals under the age of 18 on our platform.",
      "Miro does not allow use of our Services and Websites by anyone younger than 16 years old.",
      "If you are under 18, you may request removal of content you posted.",
      "Where personal data of minors is provided, we may in limited circumstances retain and use this personal data to test, train and improve our AI systems.",
    ])
      expect(valuesOf(text, "minors-protections"), text).toEqual([]);
  });
});

describe("Do Not Track honoured in other words", () => {
  it("stopping targeted ads, or not using the tools, on the signal (Teads, Mozilla)", () => {
    for (const text of [
      "At this time, we stop running targeted advertising in response to web browser “do not track” signals or other mechanisms.",
      "In addition, if you have configured your browser to send a “Do Not Track” signal when accessing our websites, Mozilla will not utilize any of the tools described in the Metrics section.",
    ])
      expect(valuesOf(text, "do-not-track"), text).toEqual(["Do Not Track: honoured"]);
    expect(valuesOf("We do not respond to Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: not honoured",
    ]);
  });
});

describe("evidence", () => {
  it("quotes words the policy says twice only once (Atlassian)", () => {
    const said =
      "After such time, we will either delete or de-identify your information or, if this is not possible because the information has been stored in backup archives, we will securely store it.";
    const reading = analyzePolicy(
      `# Privacy Policy\n\n## How long we keep information\n\n${said}\n\n## U.S. State Privacy Disclosures\n\n${said}`,
      { format: "markdown" },
    );
    const quotes = reading.findings
      .find((f) => f.practice === "retention")!
      .evidence.map((e) => e.quote);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});
