import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-17 (25 machine-read companies, every 12th
 * from the 4th; access, security, children, policy changes, international, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
const ASSET = "data passes with the business's assets";

describe("business transfer: data passing in further words", () => {
  it("reads an event said in the company's verbs, and data with a word before it (AcuityAds)", () => {
    const text =
      "In the event that illumin sells, merges or transfers all or part of its business, we may transfer visitor information to a third party as part of that transaction.";
    expect(valuesOf(text, "transfer-as-asset")).toEqual([ASSET]);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });

  it("reads a buyer that takes over or acquires the business (Financial Times)", () => {
    const text =
      "We may transfer or disclose your personal information to any entity which takes over or acquires the relevant FT business.";
    expect(valuesOf(text, "transfer-as-asset")).toEqual([ASSET]);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });

  it("reads data named after the recipient, in a sentence naming a merger (npm)", () => {
    const text =
      "We may transfer to another entity or its affiliates or service providers some or all information about you in connection with, or during negotiations of, any merger, acquisition, sale of assets or any line of business, change in ownership control, or financing transaction. We cannot promise that an acquiring party or the merged entity will have the same privacy practices or treat your information the same as described in this Policy.";
    expect(valuesOf(text, "transfer-as-asset")).toEqual([ASSET]);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });

  it("reads a sentence cut at a quote's length whose change of control is in its last piece (ironSource)", () => {
    const text =
      "We may also disclose information if we have a good faith belief that disclosure of such information is reasonably necessary to: (i) comply with any applicable law, regulation, legal process or governmental request; (ii) enforce our agreements and policies, including investigations of potential violations thereof; (iii) investigate, detect, prevent, or take action regarding illegal activities or other wrongdoing, suspected fraud or security issues; (iv) to establish or exercise our rights to defend against legal claims; (v) prevent harm to the rights, property or safety of us, our users, yourself or any third party; (vi) for the purpose of collaborating with law enforcement agencies or in case we find it necessary in order to enforce intellectual property or other legal rights; or (vii) when we are undergoing any change in control, including by means of merger, acquisition or purchase of all or substantially all of our assets.";
    expect(valuesOf(text, "transfer-as-asset")).toEqual([ASSET]);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });

  it("leaves a product sold, a customer acquired, a developer's own transfer and data kept back alone", () => {
    for (const text of [
      "When you buy a product that we sell, we share your order information with the carrier.",
      "If a company acquires customers through our referral program, we may share information with it.",
      "You may also transfer data as necessary to service providers or for legal reasons such as to comply with a valid governmental request, applicable law, or as part of a merger or acquisition with legally adequate privacy protections.",
      "If we sell all or part of our business, your information will not be transferred without your consent.",
    ]) {
      expect(valuesOf(text, "transfer-as-asset"), text).toEqual([]);
    }
  });
});

describe("business transfer: the successor bound in further words", () => {
  it("reads a recipient directed to assume the obligations described in the policy (Mix)", () => {
    const text =
      "If Mix or the assets of Mix are acquired by another company, or if Mix is involved in financing due diligence processes or transition of service to another service provider, then we may transfer your information, including Personal Information, in connection with that acquisition or sale or transaction to such actual or potential buyer (and its service providers and advisers) and Mix will direct the recipient of this information to assume the rights and obligations described in this Privacy Policy.";
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("reads the recipient bound by confidentiality in the sentence after the event (Webcrawler)", () => {
    const text =
      "other parties that have or may acquire control or ownership of some or all of our business (and our or their professional advisers) in connection with a significant corporate transaction or restructuring, including a merger, acquisition, asset sale, initial public offering or in the event of our insolvency—usually, information will be anonymised but this may not always be possible. The recipient of any of your information will be bound by confidentiality obligations.";
    expect(valuesOf(text, "successor-bound")).toEqual([
      "confidentiality kept through the transfer",
    ]);
    expect(rate("business-transfer", text).reason).toBe(
      "neutral: the company says the data stays confidential through a business transfer",
    );
  });

  it("leaves obligations of another document, and a recipient with no business event, alone", () => {
    for (const text of [
      "If we are acquired, the buyer will assume the obligations described in its own privacy policy.",
      "We share data with analytics providers. The recipient of any of your information will be bound by confidentiality obligations.",
    ]) {
      expect(valuesOf(text, "successor-bound"), text).toEqual([]);
    }
  });
});

describe("legal disclosure: legal process in further words", () => {
  it("reads disclosure only under a binding request as only under legal process (Proton)", () => {
    const text =
      "We will only disclose the limited user data we possess if we are legally obligated to do so by a binding request coming from the competent Swiss authorities.";
    expect(valuesOf(text, "process-required")).toEqual(["disclosed only under legal process"]);
    expect(rate("law-enforcement", text).rating).toBe("protective");
  });

  it("reads lawful requests, a valid legal request and a request by a court (GitHub, Viber, Lingualeo)", () => {
    expect(
      valuesOf(
        "Competent Authorities: We may disclose Personal Data to authorized law enforcement, regulators, courts, or other public authorities in response to lawful requests or to protect our rights and safety.",
        "legal-process",
      ),
    ).toEqual(["lawful requests"]);
    expect(
      valuesOf(
        "Viber may use and share different types of personal data … where it is necessary to comply with legal obligations to which we are subject to and cooperation with regulators and law enforcement bodies (where there is a valid legal request such as binding order).",
        "legal-process",
      ),
    ).toEqual(["valid legal request"]);
    expect(
      valuesOf(
        "10. Personal data provided by the user can only be disclosed through a request by a court, law enforcement agency, or in other cases provided for by the law.",
        "legal-process",
      ),
    ).toEqual(["request by a court"]);
  });

  it("leaves a user's request, disclosure before an order, and a valid request that does not bind alone", () => {
    for (const text of [
      "We will respond to your valid request to access your data within 30 days.",
      "For example, when videos present on our platform constitute an imminent vital risk to somebody, we may disclose its Uploader’s information to competent public authorities before a valid order is presented to us.",
    ]) {
      expect(valuesOf(text, "legal-process"), text).toEqual([]);
    }
    expect(
      valuesOf(
        "We will only disclose data to authorities in response to a valid request.",
        "process-required",
      ),
    ).toEqual([]);
  });
});

describe("legal disclosure: 'for any purpose' barred is no discretion", () => {
  it("reads no disclosure at discretion from a practice a list forbids (Google Play)", () => {
    const text =
      "Transferring, selling, or using user data for any purpose or in any manner involving Protected Health Information (as defined by HIPAA) unless user-initiated and in compliance with HIPAA regulations.";
    expect(valuesOf(text, "discretionary-disclosure")).toEqual([]);
  });

  it("still reads disclosure to authorities as the company deems appropriate", () => {
    expect(
      valuesOf(
        "We may disclose your information to law enforcement for any purpose we deem appropriate.",
        "discretionary-disclosure",
      ),
    ).toEqual(["disclosure on the company's own judgement"]);
  });
});

describe("policy changes: posted in further words", () => {
  it("reads updates posted on this webpage, a version announced, an edition always available (AcuityAds, npm, Lingualeo)", () => {
    for (const text of [
      "We will post any updates as well as their effective dates on this webpage.",
      "npm will announce the next version on the npm blog.",
      "The new edition of the Provision is effective as soon as it is posted unless otherwise specified in the Provision.",
      "The current edition is always available at the following address: lingualeo.com/blog/privacy-policy-en",
    ]) {
      expect(valuesOf(text, "change-notice"), text).toEqual(["posted on the site"]);
    }
  });

  it("leaves a version of something else, and product updates posted elsewhere, alone", () => {
    for (const text of [
      "We will announce the next version of the app on our blog.",
      "We post product updates on our blog every month.",
      "The current version of the software is available at our download page.",
    ]) {
      expect(valuesOf(text, "change-notice"), text).toEqual([]);
    }
  });
});

describe("access: reviewing one's data in a list of rights", () => {
  it("reads a list's 'Review' of the information collected about the user (Coolmath4Kids)", () => {
    const text = [
      "Regardless, in accordance with COPPA, parents have the right to:",
      "Review the persistent identifier information we collect about you or your child (if any).",
      "Request that we delete the persistent identifier information we collect about your child.",
    ];
    // "Review" alone is "data can be seen" since the second reading of 2027-01-26.
    expect(valuesOf(text[1]!, "correction-right")).toEqual(["data can be seen"]);
    expect(rate("access", text).rating).toBe("protective");
  });

  it("leaves a heading's purpose, settings and pointers elsewhere alone", () => {
    for (const text of [
      "Review and content creation purposes: We use your contact information, commercial information, and audio and visual information to enable reviews of and testimonials about our products.",
      "Review your privacy settings regularly.",
      "See examples of information we collect or receive.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
    }
  });
});

describe("policy changes: a notice that is no commitment, and a change posted by a pointer", () => {
  const CHANGES = "Changes to Privacy Policy";
  it("reads no direct notice from a purpose of processing (Disqus)", () => {
    const text =
      "To manage our relationship with you which may include notifying you about changes to our terms or privacy policy, asking you to leave a review or take a survey — · Identifiers";
    expect(valuesOf(text, "change-notice")).toEqual([]);
  });

  it("reads a further notice given only as the law requires as the minimum (Mix)", () => {
    const text = [
      "If we make material changes, we will provide additional notice as required by applicable law (for example, by email or in-product notice).",
    ];
    expect(valuesOf(text, "change-notice", [[CHANGES]])).toEqual([]);
    expect(
      valuesOf(
        "If we make material changes, we will post the revised policy on this page and provide additional notice as required by applicable law.",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
  });

  it("still reads a notice the company gives, and one a purpose does not hedge", () => {
    expect(
      valuesOf(
        "If we make material changes to this policy, we will notify you by email and provide additional notice where required by law.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
    expect(
      valuesOf("We will notify you by email about changes to our privacy policy.", "change-notice"),
    ).toEqual(["direct notice"]);
  });

  it("reads 'publish this update' under a heading on changes (Coolmath4Kids), not elsewhere", () => {
    const text =
      "If relevant changes are made that require new user consent, we will publish this update and request new consent.";
    expect(valuesOf(text, "change-notice", [["Policy Changes"]])).toEqual(["posted on the site"]);
    expect(valuesOf(text, "change-notice", [["Our games"]])).toEqual([]);
  });
});

describe("children: an age in a law's definition", () => {
  it("reads no age limit from the definition of sensitive data (Thomson Reuters)", () => {
    const text =
      "“Sensitive personal information” is defined in the PIPL as personal information, that, if leaked or if used illegally, is likely to cause harm to a natural person’s personal dignity or endanger his or her personal safety or the safety of his or her property, including information concerning biometrics, religious beliefs, particular capacity, medical treatments, health, financial accounts, tracking, as well as personal information of minors under the age of 14.";
    expect(valuesOf(text, "children-age")).toEqual([]);
  });

  it("still reads the service's own age limit", () => {
    expect(
      valuesOf(
        "We do not knowingly collect any personal information from children under the age of 16.",
        "children-age",
      ),
    ).toEqual(["under 16"]);
  });
});

describe("access: a setting changed is no right to see or correct one's data", () => {
  it("reads no right from preferences or settings changed in the account (Financial Times, Finnair, Firefox)", () => {
    for (const text of [
      "You are able to change your preferences at any time through your account or by contacting customer services.",
      "If you are a Finnair Plus member, you may also change your marketing preferences in your Finnair Plus profile.",
      "You can update your data collection settings for Desktop and Mobile at any time.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
    }
  });

  it("still reads a right named beside a setting, and data the user can see (Samsung, Goodreads, MDN Plus)", () => {
    for (const text of [
      "You can contact us to update your preferences, correct your information, submit a request, or ask us questions.",
      "You may access or change your information and preferences at any time in the account settings section of Goodreads.com once you have signed in with your personal password.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual(["data can be seen and corrected"]);
    }
    // MDN Plus names no correction anywhere: since the double reading of 2027-02-13 its account is
    // "data can be seen" (the setting it updates names none; audit-2027-02-13.test.ts).
    expect(
      valuesOf(
        "Much of the information that we store about our Mozilla account users is easily accessible by signing in to your account, where you can also update your data sharing settings.",
        "correction-right",
      ),
    ).toEqual(["data can be seen"]);
    expect(
      valuesOf("The information we hold about you is accessible to our staff.", "correction-right"),
    ).toEqual([]);
  });
});
