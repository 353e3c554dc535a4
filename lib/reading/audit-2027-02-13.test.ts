import { describe, expect, it } from "vitest";
import { countsNotFor } from "./bare-label";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import { suggestRating } from "./suggest-rating";
import type { Fact } from "./extract-facts";
import {
  advertisersCombineTheData,
  administratorsItem,
  ageBandOnly,
  byPhone,
  deletionRefusedForProviders,
  eServiceProvidersOnly,
  frameworkArbitration,
  identifyingDataOnlyUntilAsked,
  letteredLabel,
  noticeOnlyOnTheSite,
  onlyAVersionLine,
  priorSettingNotHonoured,
  providersWhoNeedIt,
  withdrawalAsAGround,
  withoutPreferencesSubmittedBefore,
} from "./read-since-2027-02-14";

/*
 * Misreadings the blind double reading of 2027-02-13 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: a transfer framework's recourse in a clause that opens on its name", () => {
  const wpEngine = [
    "EU-U.S. Data Privacy Framework, the UK Extension to the Data Privacy Framework and Swiss-U.S. Data Privacy Frameworks. We comply with the EU-U.S. Data Privacy Framework (“EU-U.S. DPF”) and the Swiss-U.S. Data Privacy Framework (“Swiss-U.S. DPF”), and as applicable, the UK Extension of the EU-U.S. Data Privacy Framework (“UK-U.S. DPF”) (collectively, the “DPFs”) as set forth by the U.S. Department of Commerce. The U.S. Federal Trade Commission has jurisdiction over our compliance with the DPFs. If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact our U.S. based third-party dispute resolution provider (free of charge) at https://feedback-form.truste.com/watchdog/request. Under certain conditions you may invoke binding arbitration when other dispute resolution procedures have been exhausted.",
  ];
  it("reads WP Engine's FTC (“the DPFs”) and arbitration as some users' only: concerning", () => {
    expect(valuesOf(wpEngine, "regulator")).toEqual([
      "Federal Trade Commission (for some users only)",
    ]);
    expect(valuesOf(wpEngine, "arbitration")).toEqual([
      "binding arbitration (for some users only)",
    ]);
    expect(rate("disputes", wpEngine).rating).toBe("concerning");
  });
  it("leaves arbitration in a clause that opens otherwise, or open to everyone", () => {
    const terms =
      "Dispute resolution. Any dispute will be resolved by binding arbitration on an individual basis.";
    expect(valuesOf(terms, "arbitration")).toEqual(["binding arbitration"]);
    expect(
      frameworkArbitration(
        "Any user may invoke binding arbitration.",
        "EU-U.S. Data Privacy Framework.",
      ),
    ).toBe(false);
    expect(frameworkArbitration("You may invoke binding arbitration.", undefined)).toBe(false);
  });
});

describe("policy changes: a line that only dates the policy", () => {
  it("does not count MDN Plus's version line as the policy speaking to its changes", () => {
    const mdn = "Version 1.2, Effective November 1, 2023";
    expect(onlyAVersionLine(mdn)).toBe(true);
    expect(countsNotFor("policy-changes", mdn)).toBe(true);
    expect(suggestRating("policy-changes", [], 0).rating).toBe("not-addressed");
    for (const line of ["Last updated: May 3, 2024", "Effective date: 2023-01-05"])
      expect(onlyAVersionLine(line), line).toBe(true);
  });
  it("counts a line that says something, and leaves other practices", () => {
    const said = "We may update this policy. Last updated: May 3, 2024";
    expect(onlyAVersionLine(said)).toBe(false);
    expect(countsNotFor("policy-changes", said)).toBe(false);
    expect(countsNotFor("retention", "Version 1.2, Effective November 1, 2023")).toBe(false);
  });
});

describe("policy changes: a notice on the site, other means for some and unnamed", () => {
  const CHANGES = [["Changes to this Privacy Policy"]];
  const wpEngine =
    "We will notify you of any significant change by providing a notice on our web site or, if you are a customer, by whatever other means upon which we have mutually agreed.";
  it("reads WP Engine's notice as posting: neutral", () => {
    expect(noticeOnlyOnTheSite(wpEngine)).toBe(true);
    expect(valuesOf([wpEngine], "change-notice", CHANGES)).toEqual(["posted on the site"]);
    expect(rate("policy-changes", [wpEngine], CHANGES).rating).toBe("neutral");
  });
  it("leaves a notice with an email beside it", () => {
    const email =
      "We will notify you of any significant change by providing a notice on our web site or by email.";
    expect(noticeOnlyOnTheSite(email)).toBe(false);
    expect(valuesOf([email], "change-notice", CHANGES)).toEqual(["direct notice"]);
  });
});

describe("legal disclosure: what a domain administrator may do", () => {
  const gmail =
    "Receive your account information in order to satisfy applicable law, regulation, legal process or enforceable governmental request";
  const heading = [
    "Sharing your information",
    "When Google shares your information",
    "With domain administrators",
  ];
  it("reads no disclosure of Google's in Gmail's list of an administrator's powers", () => {
    expect(administratorsItem(gmail, heading.at(-1)!)).toBe(true);
    expect(valuesOf([gmail], "legal-process", [heading])).toEqual([]);
  });
  it("leaves the same words under another heading, and the company's own sentence", () => {
    expect(valuesOf([gmail], "legal-process", [["For legal reasons"]])).toEqual(["legal process"]);
    expect(
      administratorsItem(
        "We may disclose information to satisfy any applicable law.",
        "With domain administrators",
      ),
    ).toBe(false);
  });
});

describe("access: a setting updated names no correction", () => {
  const mdn =
    "Much of the information that we store about our Mozilla account users is easily accessible by signing in to your account, where you can also update your data sharing settings.";
  it("reads MDN Plus's account as data seen, not corrected", () => {
    expect(valuesOf(mdn, "correction-right")).toEqual(["data can be seen"]);
  });
  it("leaves a correction named beside it", () => {
    const corrected =
      "Much of the information that we store about you is easily accessible by signing in to your account, where you can also update your information.";
    expect(valuesOf(corrected, "correction-right")).toEqual(["data can be seen and corrected"]);
  });
});

describe("choice: the ways of an opt-out", () => {
  const byCall =
    "You can also call 1-866-MYPRIVACY (1-866-697-7482) to opt-out of direct mail communications, as well as telephone and email communications, or to change previously submitted opt-out preferences.";
  it("reads ACDelco's number to call as the way, and its old preferences as no account", () => {
    expect(byPhone(byCall)).toBe(true);
    expect(withoutPreferencesSubmittedBefore(byCall)).not.toMatch(/preferences/);
    expect(valuesOf(byCall, "opt-out")).toEqual(["by phone"]);
  });
  it("leaves account preferences, and a number that is no line to call", () => {
    expect(
      withoutPreferencesSubmittedBefore("You can change your preferences in your account."),
    ).toMatch(/preferences/);
    expect(byPhone("We keep logs for 90 days, then delete 1,000 records a day.")).toBe(false);
  });
  const bankId =
    "The personal data processing is based on your consent and you withdraw your consent to the processing in question;";
  const wordfeud =
    "You may also request that your personal data be erased if e.g. the personal data is no longer necessary for the purposes for which it was collected, if the processing is based on your consent and you withdraw your consent for a specific process and there is no other legal ground for processing your personal data.";
  it("reads no opt-out in consent withdrawn as a ground of erasure (BankID, Wordfeud)", () => {
    for (const text of [bankId, wordfeud]) {
      expect(withdrawalAsAGround(text), text).toBe(true);
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    }
  });
  it("leaves the withdrawal offered", () => {
    const offered =
      "If the processing of your personal data is based on your consent, you always have the right to withdraw your consent at any time.";
    expect(withdrawalAsAGround(offered)).toBe(false);
    expect(valuesOf(offered, "opt-out")).toEqual(["offered, how not stated"]);
  });
});

describe("third parties: advertisers that combine the site's data with their own", () => {
  const wpEngine =
    "However, data tracking files used by us may also be used by these advertisers and, when combined with other information held by them, be used to identify you personally.";
  it("reads WP Engine's advertisers as sharing for others' advertising: concerning", () => {
    expect(advertisersCombineTheData(wpEngine)).toBe(true);
    expect(rate("third-parties", wpEngine).rating).toBe("concerning");
    expect(rate("use", wpEngine).rating).toBe("concerning");
  });
  it("leaves a denial and data that identifies no one", () => {
    for (const text of [
      "Data tracking files used by us are never used by advertisers combined with other information held by them.",
      "Aggregated data used by advertisers may be combined with other information held by them.",
    ])
      expect(advertisersCombineTheData(text), text).toBe(false);
  });
});

describe("third parties: advertising partners beside named processors", () => {
  const wordfeud = [
    "Bertheussen IT collects and processes personal data on a voluntary basis and it is not in the business of selling your personal data to third parties.",
    'Bertheussen IT may hire agents and contractors ("data processors") to collect and process personal data on Bertheussen IT\'s behalf and in such cases such agents and contractors will be instructed to comply with our Privacy Policy and to use personal data only for the purposes for which the third party has been engaged by Bertheussen IT, according to applicable data processor agreements.',
    "Google is our data processor for Firebase Analytics and Bertheussen IT has entered into a data processing agreement with Google.",
  ];
  const adServing = "We use ad serving technology from Google, Facebook and MoPub/Twitter.";
  it("keeps Wordfeud's third parties from protective once ad partners are named: neutral", () => {
    expect(rate("third-parties", wordfeud, undefined, 3).rating).toBe("protective");
    const withAds = rate("third-parties", [...wordfeud, adServing], undefined, 4);
    expect(withAds.rating).toBe("neutral");
    expect(withAds.reason).toContain("advertising partners are also named");
  });
  it("reads providers forbidden their own marketing use as limited", () => {
    expect(
      valuesOf(
        "These agents and contractors may not use your personal data for their own marketing purposes.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers under contract or confidentiality"]);
  });
});

describe("third parties: words that give no data to providers", () => {
  it("reads none in WP Engine's refused deletion, BankID's e-services and list labels", () => {
    for (const text of [
      "We may deny your deletion request if retaining the information is necessary for us or our service provider(s) to:",
      "When you use your BankID in an e-service, your personal data is shared with the e-service provider with whom you use BankID, i.e. the party with whom you identify yourself.",
      "(a) Service providers.",
      "(c) E-service providers.",
    ])
      expect(valuesOf(text, "service-providers"), text).toEqual([]);
    expect(
      deletionRefusedForProviders(
        "We may deny your deletion request if retaining the information is necessary for our service providers.",
      ),
    ).toBe(true);
    expect(
      eServiceProvidersOnly("E-service providers process personal data as data controllers."),
    ).toBe(true);
    expect(letteredLabel("(a) Service providers.")).toBe(true);
  });
  it("leaves the company's providers named beside them, and a sentence that is no label", () => {
    expect(
      eServiceProvidersOnly(
        "We share data with our service providers and with the e-service provider you choose.",
      ),
    ).toBe(false);
    expect(letteredLabel("(a) We share your data with service providers under contract.")).toBe(
      false,
    );
  });
  it("reads providers who need the data as limited (BankID)", () => {
    const bankId =
      "Your personal data is stored on systems that are only available to the Bank, our employees and the service providers who need the data for the performance of their tasks.";
    expect(providersWhoNeedIt(bankId)).toBe(true);
    expect(valuesOf(bankId, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
  });
});

describe("third parties: a denial that names no recipient but the user's own request", () => {
  const google =
    "We don’t share information that personally identifies you with advertisers, such as your name or email, unless you ask us to.";
  it("reads no general denial of sharing for others' marketing in Google's sentence", () => {
    expect(identifyingDataOnlyUntilAsked(google)).toBe(true);
    expect(valuesOf(google, "no-marketing-sharing")).toEqual([]);
  });
  it("leaves a denial without that limit", () => {
    const plain = "We do not share your personal information with advertisers for their marketing.";
    expect(identifyingDataOnlyUntilAsked(plain)).toBe(false);
  });
  it("says a denial of sharing with the partners the policy names (MDN Plus)", () => {
    const mdn = [
      "MDN Plus doesn’t share any of your data with third parties.",
      "When you subscribe to MDN Plus, you will send payment through one of our third-party payment providers: Stripe, Apple, PayPal, or Google Pay.",
    ];
    const reading = rate("third-parties", mdn, undefined, 2);
    expect(reading.rating).toBe("neutral");
    expect(reading.reason).not.toContain("other sharing is not limited in detail");
    expect(reading.reason).toContain("partners are named");
  });
});

describe("retention, children and cookies: words read as more than they say", () => {
  it("says Google's deletion at the account's end of some data only", () => {
    const google =
      "We keep some data until you delete your Google Account, such as information about how often you use our services.";
    expect(rate("retention", google).reason).toBe(
      "neutral: some data is deleted when the account is closed; no period is stated",
    );
    expect(rate("retention", "Your data is deleted when you close your account.").reason).toBe(
      "neutral: data is deleted when the account is closed; no period is stated",
    );
  });
  it("keeps the kind of logs (Wordfeud's chat logs)", () => {
    expect(
      valuesOf(
        "Concerning your use of chat services in our applications; chat logs are deleted 72 hours after you have finished the game.",
        "retention-period",
      ),
    ).toEqual(["chat logs deleted after 72 hours"]);
  });
  it("leads with data kept while needed over the data of a request (ACDelco)", () => {
    const acdelco = [
      "We may retain the Personal Information you submit with your request for as long as required or permitted by applicable law.",
      "We may keep the Personal Information we collect for as long as necessary for the purposes described in this Privacy Statement.",
    ];
    expect(rate("retention", acdelco, undefined, 2).reason).toContain("as long as necessary");
  });
  it("reads no deletion in advice to the user (ACDelco)", () => {
    const advice =
      "If you sell or otherwise transfer your vehicle, we strongly encourage you to delete all Personal Information (such as contacts, address searches, saved map addresses) stored in the vehicle and cancel your account.";
    expect(valuesOf(advice, "retention-deletion")).toEqual([]);
  });
  it("reads no children's threshold in an age band of older minors (ACDelco)", () => {
    const band =
      "GM may collect or process Personal Information from children at least 13 years of age but not yet 16 years of age to deliver products and services.";
    expect(ageBandOnly(band)).toBe(true);
    expect(valuesOf(band, "children-age")).toEqual([]);
    const both =
      "We do not collect data from children under 13, and users between 13 and 16 need consent.";
    expect(ageBandOnly(both)).toBe(false);
    expect(valuesOf(both, "children-age")).toEqual(["under 13"]);
  });
  it("reads no signal ignored where only a prior setting is not carried over (ACDelco)", () => {
    const prior =
      "We will not honor a prior web browser setting if you disable GPC in the web browser used to access our websites between visits.";
    expect(priorSettingNotHonoured(prior)).toBe(true);
    expect(factsOf(prior, "do-not-track").map((f: Fact) => f.value)).not.toContain(
      "Global Privacy Control: not honoured",
    );
    expect(valuesOf("We do not honor Global Privacy Control signals.", "do-not-track")).toEqual([
      "Global Privacy Control: not honoured",
    ]);
  });
});
