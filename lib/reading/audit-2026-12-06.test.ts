import { describe, expect, it } from "vitest";
import { factsOf, rate } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-06 (25 machine-read companies; collection,
 * use, access, security, international, business transfer, legal disclosure and choice), each on
 * the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("access: rights asked for by a noun, without 'you', or in a list", () => {
  it("reads access and correction asked for in a list of rights (Mailjet, National Geographic, WordPress.org, Tencent)", () => {
    for (const text of [
      "Badge Check\nRequest correction of the personal data that we hold about you.",
      "request to update or correct your personal information;",
      "ask that we update the personal information we hold about you, or independently correct such personal information that you think is incorrect or incomplete;",
      "You have the right to request a copy of the information we hold about you.",
      "You may request access or corrections to the data we process about you.",
    ])
      expect(factsOf(text, "correction-right"), text).toHaveLength(1);
  });

  it("reads deletion named in a list of rights or as the last thing the user may do (Crunchyroll, Imgur)", () => {
    for (const text of [
      "Your rights — Subject to applicable law, you may have certain rights, such as requesting access, rectification, deletion, the right to object or withdraw your consent to certain processing (including direct marketing), or other actions regarding your Personal Data.",
      "Where required by applicable law, you may have the right to obtain confirmation that we maintain certain Personal Data relating to you, as well as the right to access, review, port, delete, or to block or to object to, or withdraw consent to the processing of certain Personal Data.",
      "If you have a username, you may log in and access your data, correct whatever information you deem to be incorrect, opt out of information sharing with our advertisers, or delete your account.",
    ])
      expect(factsOf(text, "deletion-right"), text).toHaveLength(1);
    expect(
      rate("access", [
        "Request access to your personal data.",
        "Request correction of the personal data that we hold about you.",
        "Request erasure of your personal data.",
      ]).rating,
    ).toBe("protective");
  });

  it("leaves alone another's request and the company's own right (Guilded)", () => {
    for (const text of [
      "Protection of Guilded and Others: We reserve the right to access, read, preserve, and disclose any information that we believe is necessary to comply with law or court order.",
      "Government authorities may request access to your personal data in some countries.",
      "Law enforcement agencies may ask that we update the information we hold about you.",
      "We reserve the right to suspend, restrict, delete or terminate your account.",
      "You can view the ads you see, or remove your ad preferences.",
    ]) {
      expect(factsOf(text, "correction-right"), text).toHaveLength(0);
      expect(factsOf(text, "deletion-right"), text).toHaveLength(0);
    }
  });
});

describe("business transfer: an occasion of sharing listed after a lead-in, the sale of a business", () => {
  const heading = ["THE INFORMATION Wild Sky Media COLLECTS"];
  const item =
    "In connection with, or during negotiations of, any merger, sale of company assets, financing or acquisition of all or a portion of our business by another company;";

  it("reads a list item after a clause of sharing that ends in a colon (CafeMom, Flickr)", () => {
    const clauses = [
      "SHARING OF INFORMATION\nWild Sky Media will not share, sell, rent or trade information that identifies you other than as described in this privacy policy. Wild Sky Media may share information that identifies you as follows:",
      "With vendors, consultants and other service providers who need access to such information to carry out work on our behalf;",
      "If we believe your actions are inconsistent with our user agreements or policies, or to protect the rights, property and safety of Wild Sky Media or others;",
      item,
    ];
    const found = factsOf(
      clauses,
      "transfer-as-asset",
      clauses.map(() => heading),
    );
    expect(found.map((f) => f.quote)).toEqual([item]);
    expect(
      rate(
        "business-transfer",
        clauses,
        clauses.map(() => heading),
      ).rating,
    ).toBe("concerning");
  });

  it("leaves alone a list after a lead-in of collection, or after the list has ended", () => {
    for (const clauses of [
      ["We collect the following information:", "Your name;", item],
      ["We may share information as follows:", "With vendors.", "Other text.", item],
    ])
      expect(
        factsOf(
          clauses,
          "transfer-as-asset",
          clauses.map(() => heading),
        ),
        clauses.join(" / "),
      ).toHaveLength(0);
  });

  it("reads data shared in connection with the sale of a business (National Geographic), not another sale", () => {
    expect(
      factsOf(
        "When we share your personal information with third parties in connection with the sale of a business, to enforce our Terms of Use or rules, to ensure the safety and security of our guests and third parties, to comply with legal process, or in other cases if we believe in good faith that disclosure is required by law.",
        "transfer-as-asset",
      ),
    ).toHaveLength(1);
    expect(
      factsOf(
        "When we share your personal information with a courier in connection with the sale of a product, we give it only your address.",
        "transfer-as-asset",
      ),
    ).toHaveLength(0);
  });
});

describe("legal disclosure: only from sentences about it", () => {
  it("reads no discretionary disclosure where no law, authority, claim or protection is named (National Geographic, Sony)", () => {
    for (const text of [
      "If you provide personal information when you use any of these features, that personal information may be publicly posted and otherwise disclosed without limitation as to its use by us or by a third party.",
      "We may share information within and among entities affiliated with or related to us that are in the Sony group of companies (collectively, “Affiliates”), some of which are outside the scope of this Privacy Policy, for any purpose, including but not limited to:",
    ])
      expect(factsOf(text, "discretionary-disclosure"), text).toHaveLength(0);
    // Still the company's judgement where it names the law or the protection of rights.
    for (const text of [
      "We release account and other personal information when we believe release is appropriate to comply with the law; enforce or apply our Conditions of Use and other agreements; or protect the rights, property, or safety of Amazon, our users, or others.",
      "We may also disclose your Personal Information to other parties if we believe it necessary or appropriate either: (a) to protect our operations and those of any of our affiliates; (b) to protect our rights, privacy, safety, or property, and/or those of others;",
    ])
      expect(rate("law-enforcement", text).rating, text).toBe("concerning");
  });

  it("reads no warrant in the verb 'you warrant to' (Flutterwave), but a warrant served", () => {
    expect(
      factsOf(
        "By using the Flutterwave Services, you consent to such processing and you warrant to provide accurate information.",
        "legal-process",
      ),
    ).toHaveLength(0);
    expect(
      rate("law-enforcement", "We disclose user data when we receive a warrant from a court.")
        .reason,
    ).toBe("neutral: disclosure in response to legal process (warrant)");
  });
});

describe("use and third parties: advertising recipients listed in lower case", () => {
  const heading = [["3.DISCLOSURE OR SHARING OF PERSONAL INFORMATION"]];
  it("reads a lower-case list item of advertising platforms under a heading of sharing (Alibaba.com)", () => {
    const text =
      "marketing and advertising platforms, such as Google, Twitter, Facebook and Instagram, and providers of analytics services relating to Users’ behaviour, in order to tailor the content you see when visiting our Platform. These platforms may combine information they collect on our Platform with data on their platforms and data they collect from other websites or through other sources in order to conduct targeted advertising.";
    expect(rate("use", text, heading).rating).toBe("concerning");
  });

  it("leaves alone such an item under a heading that gives nothing, or one that names other recipients", () => {
    expect(
      rate(
        "use",
        "marketing and advertising platforms, such as Google and Facebook, which show you our own ads on their sites.",
        [["How we advertise"]],
      ).rating,
    ).toBe("neutral");
    expect(
      rate("use", "payment processors, such as Stripe, to process your orders.", heading).rating,
    ).toBe("neutral");
  });
});

describe("advertising sharing: not an opt-out of it, nor the user's direction", () => {
  it("reads no sharing where the user may opt out of it or directs it (Imgur, Pinterest)", () => {
    for (const text of [
      "If you have a username, you may log in and access your data, correct whatever information you deem to be incorrect, opt out of information sharing with our advertisers, or delete your account.",
      "Creators may direct us to share information with advertisers or other partners for paid engagements.",
    ])
      expect(factsOf(text, "advertising-sharing"), text).toHaveLength(0);
  });

  it("still reads the company's sharing, with an opt-out after it (Imgur)", () => {
    for (const text of [
      "This may be shared with advertising companies to enable interest-based and targeted advertising.",
      "We may share your information with advertisers so that they can show you ads, and you can opt out of this at any time.",
    ])
      expect(factsOf(text, "advertising-sharing"), text).toHaveLength(1);
  });
});

describe("security: a warning that something is not secure unless encrypted states no encryption", () => {
  it("reads no encryption from the warning (Vodafone Ireland), but the encryption stated beside it", () => {
    expect(
      factsOf(
        "Communications over the internet (such as emails) are not secure unless they have been encrypted.",
        "encryption",
      ),
    ).toHaveLength(0);
    expect(
      rate(
        "security",
        "Email is not secure unless encrypted, so we encrypt all messages we send with TLS.",
      ).reason,
    ).toBe("neutral: safeguards are stated, including encryption");
  });
});

describe("business transfer: the successor bound in other words; another policy is no commitment", () => {
  it("reads a new owner bound 'under the terms of this Policy' after a transfer of control (Wide Angle Software)", () => {
    const text =
      "7.1 Wide Angle Software may, from time to time, expand or reduce our business and this may involve the sale and/or the transfer of control of all or part of Wide Angle Software. Data provided by Users will, where it is relevant to any part of our business so transferred, be transferred along with that part and the new owner or newly controlling party will, under the terms of this Policy, be permitted to use the Data for the purposes for which it was originally supplied to us.";
    expect(rate("business-transfer", text).reason).toBe(
      "neutral: users notified or the successor bound by the policy",
    );
  });

  it("reads data that may become subject to a different policy as passing with no commitment (123Greetings)", () => {
    const text =
      "Furthermore, 123Greetings may transfer personally identifiable information in the event of a transfer of ownership of 123Greetings or any of its websites or products, in which case the information could become subject to a different privacy policy.";
    expect(rate("business-transfer", text).rating).toBe("concerning");
    // Notice before that happens is still a commitment (Google, Blockworks).
    for (const notice of [
      "If Google is involved in a merger, acquisition, or sale of assets, we’ll continue to ensure the confidentiality of your personal information and give affected users notice before personal information is transferred or becomes subject to a different privacy policy.",
      "If we are involved in a merger or acquisition, we will provide you with prior notification if your information will become subject to a different privacy policy.",
    ])
      expect(rate("business-transfer", notice).reason, notice).toBe(
        "neutral: users notified or the successor bound by the policy",
      );
  });
});

describe("choice: the company disabling an account is no opt-out", () => {
  it("reads no opt-out where 'we' disable (Pinterest), but the user's", () => {
    expect(
      factsOf(
        "If we disable an account for violating our Terms, we also preserve information about that user for safety, security and integrity purposes.",
        "opt-out",
      ),
    ).toHaveLength(0);
    expect(
      factsOf("You can disable personalised ads at any time in your account settings.", "opt-out"),
    ).toHaveLength(1);
  });
});
