import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";

/*
 * Rating changes the history audit of 2026-12-10 (changes recorded 2019–2021) found to be
 * artifacts: a version's rating moved because a fact rule read one wording of the same commitment
 * and not the other. Each test reads the versions' own sentences, with a counter-example the fix
 * must leave alone.
 */
describe("access: rights named by their nouns or asked for in a list", () => {
  it("reads access and correction as data control options and as a list's request", () => {
    for (const text of [
      // Stack Overflow, until Sep 2021.
      "We also provide you additional data control options created by the GDPR, but provided to the Stack Overflow community regardless of geographic location with respect to your information, including data access and portability (including the right to obtain and download a copy of the personal data you provided to Stack Overflow), data correction (the ability to update the personal data we collect and display on you, in many cases via your account settings), data deletion (where Stack Overflow will delete personal information stored on you, which we are not required by necessity to maintain), and the ability to have us stop processing your personal data.",
      // HSBC, from Apr 2021, an item of its list of rights.
      "Ask us to provide you with copies of your personal information, make corrections or sometimes ask us to delete it",
    ])
      expect(factsOf(text, "correction-right"), text).toHaveLength(1);
  });

  it("leaves data access as a risk, and a sentence an earlier rule reads, alone", () => {
    expect(
      factsOf(
        "We use firewalls to prevent unauthorized data access by third parties.",
        "correction-right",
      ),
    ).toHaveLength(0);
    expect(
      factsOf("You have the right to request access to your personal data.", "correction-right"),
    ).toHaveLength(1);
  });

  it("rates HSBC's list protective, as its earlier rights were", () => {
    expect(
      rate("access", [
        "Ask us to provide you with copies of your personal information, make corrections or sometimes ask us to delete it",
      ]).rating,
    ).toBe("protective");
  });
});

describe("third parties: no sale in other words, advertisers left out", () => {
  it("reads “not in the business of selling” as no sale", () => {
    // Evernote, 2020–2026.
    expect(
      valuesOf(
        "Evernote is not in the business of selling or renting your information.",
        "no-sale",
      ),
    ).toEqual(["does not sell information"]);
    // Counter-example: a business of its own, no denial.
    expect(
      valuesOf("We are in the business of selling advertising on our websites.", "no-sale"),
    ).toEqual([]);
  });

  it("reads advertisers named only as left out as no sharing for advertising", () => {
    // Reddit, until Sep 2020.
    expect(
      factsOf(
        "We may share information with vendors, consultants, and other service providers (but not with advertisers and ad partners) who need access to such information to carry out work for us.",
        "advertising-sharing",
      ),
    ).toHaveLength(0);
    // Counter-example: the advertisers are given the data.
    expect(
      factsOf(
        "We may share information with advertisers and ad partners so that they can show you ads based on your interests.",
        "advertising-sharing",
      ),
    ).toHaveLength(1);
  });
});

describe("security: no readable copy held", () => {
  it("reads “does not have access to … in its unencrypted form” as data it cannot decrypt", () => {
    // Proctorio, until Sep 2021.
    expect(
      valuesOf(
        'The data you transmit as part of your use of the Services ("Storage Data") is in encrypted form and Proctorio does not have access to your Storage Data in its unencrypted form.',
        "encryption",
      ),
    ).toEqual(["data it cannot decrypt"]);
    expect(
      rate("security", [
        'The data you transmit as part of your use of the Services ("Storage Data") is in encrypted form and Proctorio does not have access to your Storage Data in its unencrypted form.',
      ]).rating,
    ).toBe("protective");
    // Counter-example: encryption in transit, nothing said of the company's access.
    expect(valuesOf("Your data is encrypted in transit using TLS.", "encryption")).not.toContain(
      "data it cannot decrypt",
    );
  });
});

describe("business transfer: the same sentence in other words", () => {
  it("reads “won’t sell … except during a merger” as “will not sell” was read", () => {
    // Aetna, Aug 2021, before and after.
    for (const text of [
      "Except in connection with the sale, transfer, merger, consolidation or other transaction involving all or part of our company, we will not sell, license or otherwise transfer any rights to your personal information to any third party unless expressly authorized by you.",
      "Except during the sale, transfer, merger, or other transaction involving all or part of our company, we won’t sell, license, or otherwise transfer any rights to your personal information to a third party unless you expressly authorize it.",
    ])
      expect(factsOf(text, "transfer-as-asset"), text).toHaveLength(0);
  });

  it("reads “your PII may be shared” as “your Information may be shared”", () => {
    // DeviantArt, 2020 and 2021.
    for (const text of [
      "In addition, should we, Wix or any of its affiliates undergo any change in control, including by means of merger, acquisition or purchase of substantially all of its assets, your PII may be shared with the parties involved in such event.",
      "In addition, should we, Wix or any of its affiliates undergo any change in control, including by means of merger, acquisition or purchase of substantially all of its assets, your Information may be shared with the parties involved in such event.",
    ])
      expect(factsOf(text, "transfer-as-asset"), text).toHaveLength(1);
  });
});

describe("law enforcement: data that identifies no one", () => {
  it("does not read sharing of non-identifying data for any purpose permitted by law as disclosure to authorities", () => {
    // Aetna, Aug 2021, before and after.
    for (const text of [
      "Because Non-Personally Identifiable Information does not personally identify you, we may use and disclose such information for any purpose permitted by law, including:",
      "Because this information doesn’t personally identify you, we may use and share it for any purpose permitted by law.",
    ])
      expect(factsOf(text, "discretionary-disclosure"), text).toHaveLength(0);
    // Counter-example: personal data disclosed to authorities at the company's discretion.
    expect(
      factsOf(
        "We may disclose Personal Information to government or law enforcement officials if, in our discretion, we believe it is necessary or appropriate.",
        "discretionary-disclosure",
      ),
    ).toHaveLength(1);
  });
});

describe("cookies: “remember” as a reminder", () => {
  it("does not read “remember you can use …” as cookies that remember you", () => {
    // Google Nest, Aug 2021.
    expect(
      factsOf(
        "Also, remember you can use your device’s camera with other Google services (such as uploading a video to YouTube or making a video call with Google Duo) – and when you do this, Google’s Privacy Policy will apply.",
        "cookies-persistent",
      ),
    ).toHaveLength(0);
    // Counter-example: cookies that remember the user.
    expect(
      factsOf("We use cookies to remember you when you return to our site.", "cookies-persistent"),
    ).toHaveLength(1);
  });
});

describe("wrong ratings at a true move", () => {
  it("reads a complaint to “our regulator” as a regulator named (Kraken, 2021)", () => {
    expect(
      valuesOf(
        "If you are not satisfied with our response to your complaint, you have the right to submit a complaint with our regulator.",
        "regulator",
      ),
    ).toEqual(["our regulator"]);
    // Counter-example: the company's own regulation, no complaint of the user's.
    expect(
      valuesOf("We are regulated by our regulator in each country where we operate.", "regulator"),
    ).toEqual([]);
  });

  it("does not read “without prior notice to you” as direct notice (Sony, 2021)", () => {
    const text =
      "Sony reserves the right to change this Privacy Policy at any time, without prior notice to you, and any changes will become effective immediately upon posting, so please review this Privacy Policy periodically.";
    expect(valuesOf(text, "change-notice")).not.toContain("direct notice");
    expect(valuesOf(text, "change-without-notice")).toEqual(["may change without notice"]);
    // Counter-example: notice given.
    expect(
      valuesOf(
        "If we make any material changes to this Privacy Policy we will notify you by email prior to the change becoming effective.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
  });

  it("does not read consent in another item of a list of uses as consent to changes (Sony, until 2021)", () => {
    expect(
      factsOf(
        "Sony will use the information it collects: (i) to create your Sony account; (viii) to contact you with regard to your use of the Properties, your account, and, in our discretion, changes to any of our policies; (ix) for purposes disclosed at the time you provide your Personal Information; and (x) otherwise with your consent.",
        "change-consent",
      ),
    ).toHaveLength(0);
    // Counter-example: the consent is the change's.
    expect(
      factsOf(
        "If we make material changes to this Privacy Policy, we will ask for your consent; other changes will be posted here.",
        "change-consent",
      ),
    ).toHaveLength(1);
  });

  it("reads California residents' rights regarding disclosures for marketing as a right to ask, not sharing (ACDelco, until 2021)", () => {
    expect(
      factsOf(
        "California residents have certain rights regarding the personal information we disclose to third parties for their own marketing purposes.",
        "advertising-sharing",
      ),
    ).toHaveLength(0);
    expect(
      factsOf(
        "We disclose personal information to third parties for their own marketing purposes.",
        "advertising-sharing",
      ),
    ).toHaveLength(1);
  });
});
