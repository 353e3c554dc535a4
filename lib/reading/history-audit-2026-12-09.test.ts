import { describe, expect, it } from "vitest";
import { factsOf, rate } from "./audit-test-helpers";

/*
 * Rating changes the history audit of 2026-12-09 found to be artifacts: a version's rating moved
 * because a fact rule read one wording of the same commitment and not the other. Each test reads
 * the versions' own sentences, with a counter-example the fix must leave alone.
 */
describe("access: the same rights in other words", () => {
  it("reads access or correction said with no “you”, as a list's bare verb, in the passive or after a pronoun", () => {
    for (const text of [
      // Gumb, 2025 (before): the next versions say "Right of access (Art. 15 GDPR): You can request …".
      "The right of access also includes the right to receive a copy of the data, provided that this does not adversely affect the rights and freedoms of other persons (Art. 15 GDPR).",
      // The Trade Desk, 2023–2024.
      "These rights may include the right to request access, deletion, and correction of personal data.",
      // CoinDesk, 2026, an item of its list of rights.
      "Correct inaccurate information we have about you.",
      // Paradox Interactive, 2025.
      "You control your data: you can access, correct, delete, or object to our use of it.",
      "The GDPR and other applicable data protection laws and regulations grant you the right to: ● access, rectify, or request the erasure of, your data; ● revoke your consent at any time;",
      // Bolt (drivers), 2025 (before).
      "Personal data can be viewed and corrected in the “Bolt Driver Portal” or by sending us email.",
      // Tinder, 2023 (before).
      "Updating your information. If you believe that the information we hold about you is inaccurate or that we are no longer entitled to use it and want to request its rectification, deletion, object to or restrict its processing, please contact us here.",
      // Vodafone Ireland, 2024.
      "You have the right to have information held about you corrected if it is not accurate.",
      "You have the right to make a request for a copy of the personal data that Vodafone holds about you.",
      // Zoom, 2023.
      "We will need to verify your identity to process your access, deletion, and correction requests and reserve the right to confirm your state residency.",
    ])
      expect(factsOf(text, "correction-right"), text).toHaveLength(1);
  });

  it("reads deletion after a pronoun, after another verb, or as a kind of request", () => {
    for (const text of [
      "Updating your information. If you believe that the information we hold about you is inaccurate or that we are no longer entitled to use it and want to request its rectification, deletion, object to or restrict its processing, please contact us here.",
      // Logitech, 2024 (before).
      "You may request that we update or delete/deactivate certain information pertaining to you.",
      "We will need to verify your identity to process your access, deletion, and correction requests and reserve the right to confirm your state residency.",
    ])
      expect(factsOf(text, "deletion-right"), text).toHaveLength(1);
  });

  it("rates the versions' rights alike: protective before and after (The Trade Desk, Tinder)", () => {
    expect(
      rate("access", [
        "These rights may include the right to request access, deletion, and correction of personal data.",
      ]).rating,
    ).toBe("protective");
    expect(
      rate("access", [
        "If you believe that the information we hold about you is inaccurate and want to request its rectification, deletion, object to or restrict its processing, please contact us.",
      ]).rating,
    ).toBe("protective");
  });

  it("keeps a sentence the first rules read to one fact", () => {
    expect(
      factsOf("You have the right to request access to your personal data.", "correction-right"),
    ).toHaveLength(1);
  });

  it("reads no right of the user's from others' access, a passive by others, a right reserved or a count", () => {
    for (const text of [
      "Only authorised staff have the right of access to personal data.",
      "We reserve the right to access, correct or delete any content.",
      "Your information can be viewed by other users of the service.",
      "Your profile can be updated by our support team.",
      "Access to the information we hold about you is restricted to our employees.",
      "The right to access the Services ends when the account is closed.",
      "Authorities may request the deletion of data.",
    ]) {
      expect(factsOf(text, "correction-right"), text).toHaveLength(0);
      expect(factsOf(text, "deletion-right"), text).toHaveLength(0);
    }
    expect(
      factsOf(
        "The number of requests to delete that we received: 17 requests; your access, deletion, and correction requests were answered in 5 days on average.",
        "deletion-right",
      ),
    ).toHaveLength(0);
  });
});

describe("access: what the reworded-rights rules leave alone (found on the corpus's latest policies)", () => {
  it("reads no right from a duty of another, a right that cannot be exercised, or a table of counts", () => {
    for (const text of [
      // Google Play's terms for developers: what they may do with users' data.
      "Access, use or process EU Personal Information only for purposes that are consistent with the consent obtained from the individual to whom the EU Personal Information relates;",
      // Interstellar Lab's "… cannot be enforced after the expiration of the retention period" was
      // here until the double reading of 2027-02-27 read its rights as the user's until then
      // (audit-2027-02-27.test.ts); a right with no such time stays unread.
      "The right to access and the right to rectification cannot be exercised.",
      "Correct My Personal Information — 18 — 0 — 18 — 16",
    ])
      expect(factsOf(text, "correction-right"), text).toHaveLength(0);
  });
});

describe("access: deletion named as a right beside correction, or by its verb", () => {
  it("reads “The right to erase your personal data” and “Right to correction or deletion” (the corpus's Uschovna and GraphCMS)", () => {
    for (const text of [
      "(d) The right to erase your personal data, especially if (i) they are no longer required for further processing;",
      "Right to correction or deletion",
    ])
      expect(factsOf(text, "deletion-right"), text).toHaveLength(1);
    expect(
      factsOf("We reserve the right to erase content that breaks these terms.", "deletion-right"),
    ).toHaveLength(0);
  });
});

describe("business transfer: the same notice under a defined term, and a promise disclaimed", () => {
  const notice =
    "We’ll notify you (for example, via a message to the email address associated with your account) of any Business Transaction involving your personal data and outline your choices in that event.";
  it("reads the notice of a “Business Transaction” as the notice of a merger (Grammarly, 2024)", () => {
    expect(factsOf(notice, "successor-bound")).toHaveLength(1);
    expect(
      rate("business-transfer", [
        "An acquirer of Grammarly’s business or assets. We may disclose personal data to manage or give effect to any Business Transaction that our business decides to enter into. " +
          notice,
        "Evaluating and entering into business transactions. If we take steps to enter into a reorganization, restructuring, merger, acquisition, or whole or partial sale or transfer of our business or assets (“Business Transaction”), we may also process personal data.",
      ]).rating,
    ).toBe("neutral");
  });

  it("reads no commitment where the policy says it cannot promise one (CoinDesk, until 2026)", () => {
    expect(
      factsOf(
        "We may transfer some or all information about you in connection with any merger or sale of assets. Nevertheless, we cannot promise that an acquiring party or the merged entity will have the same privacy practices or treat information about you in the same way as described in this Privacy Policy.",
        "successor-bound",
      ),
    ).toHaveLength(0);
  });

  it("leaves alone a business transaction with no commitment, and a merger's notice", () => {
    expect(
      factsOf(
        "We may disclose personal data to manage or give effect to any Business Transaction that our business decides to enter into.",
        "successor-bound",
      ),
    ).toHaveLength(0);
    expect(
      factsOf(
        "In case of a merger, sale, or reorganization of all or part of our business, information covered by this policy may be transferred in connection with that deal. We’ll notify you (for example, via a message to the email address associated with your account) of any such deal and outline your choices in that event.",
        "successor-bound",
      ),
    ).toHaveLength(1);
  });
});

describe("third parties: data given to “ad companies” and “advertising technology companies”", () => {
  it("reads IMDb's and Verizon's earlier wordings as their later ones", () => {
    for (const text of [
      "Use of Third-Party Advertising Services: We provide ad companies with information that allows them to serve you with more useful and relevant IMDb ads and to measure their effectiveness.",
      "Since 2023 and presently, we engage in online selling or sharing when we share information with advertising technology companies present on our websites who combine that information with information they collect about your visits to other sites.",
    ]) {
      expect(factsOf(text, "advertising-sharing"), text).toHaveLength(1);
      expect(rate("third-parties", text).rating, text).toBe("concerning");
      expect(rate("use", text).rating, text).toBe("concerning");
    }
  });

  it("leaves alone a denial, data received from ad companies, and ad companies named without data", () => {
    for (const text of [
      "We never share your name or other information that directly identifies you with ad companies.",
      "We do not provide personal data to advertising technology companies.",
      "Ad companies may provide us with information about the ads you saw.",
      "We work with ad companies to show our own ads on other sites.",
    ])
      expect(factsOf(text, "advertising-sharing"), text).toHaveLength(0);
  });
});

describe("security: a feature's name in a list of data is no safeguard", () => {
  it("reads no encryption from “metadata related to Encrypted Messages” (X, Twitter), and still reads a safeguard", () => {
    expect(
      factsOf(
        "How you interact with others on the platform, such as people you follow and people who follow you, metadata related to Encrypted Messages, and when you use Direct Messages, including the contents of the messages, the recipients, and date and time of messages.",
        "encryption",
      ),
    ).toHaveLength(0);
    expect(
      factsOf("Encrypted Messages are end-to-end encrypted, so we cannot read them.", "encryption"),
    ).toHaveLength(1);
    expect(
      factsOf("We encrypt data related to your account in transit.", "encryption"),
    ).toHaveLength(1);
  });
});

describe("retention: protective only when no data is kept for longer than a year", () => {
  const deletedOnClosing =
    "If you delete your account, your personal data will be deleted when the account is closed.";
  it("reads Bolt's and Vodafone Ireland's short periods beside years as neutral", () => {
    expect(
      rate("retention", [
        "The recordings are automatically deleted after 24 hours if a report to Bolt’s customer support team is not created.",
        "If your account will be closed the personal data will be stored for an additional 3 year period, unless such data is required to be retained for longer for accounting, dispute resolution or fraud prevention purposes.",
        deletedOnClosing,
      ]).rating,
    ).toBe("neutral");
    expect(
      rate("retention", [
        "Call records are kept for 12 months.",
        "Invoices and statements are kept for 6 years.",
        deletedOnClosing,
      ]).rating,
    ).toBe("neutral");
  });

  it("says the longer period beside a short one for data in general (BankID, 2026-12-05)", () => {
    expect(
      rate("retention", [
        "The comparison photo and your personal data is stored for 6 months.",
        "Essential data is saved for 11 years.",
        deletedOnClosing,
      ]),
    ).toMatchObject({
      rating: "neutral",
      reason: "neutral: personal data is kept for 6 months; essential data is kept for 11 years",
    });
  });

  it("leaves protective a policy whose longest period is a year, or beside a cookie's lifetime", () => {
    expect(
      rate("retention", [
        "Log files are deleted after 30 days.",
        "Newsletter data is kept for 1 year.",
        deletedOnClosing,
      ]).rating,
    ).toBe("protective");
    expect(
      rate("retention", [
        "Payment information is kept for up to 90 days.",
        "Cookies are kept for 10 years.",
        deletedOnClosing,
      ]).rating,
    ).toBe("protective");
  });
});

describe("third parties: a limit said with “may not be used / extended for any other purpose”", () => {
  it("reads no sharing without limits from Qwant's (2024) and Google Play's limit, and still reads an open door", () => {
    for (const text of [
      "This data shared with Microsoft is used exclusively for the purposes indicated above and may not be used for any other purpose.",
      "The transfer, sharing, or licensed use of this data must only be for providing core features or services within the app, and its use may not be extended for any other purpose.",
    ])
      expect(factsOf(text, "sharing-without-limits"), text).toHaveLength(0);
    expect(
      factsOf(
        "Any information you submit may be used or disclosed by us or any person with whom we share your application for any purpose.",
        "sharing-without-limits",
      ),
    ).toHaveLength(1);
  });
});
