import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { notStatedBy, safeguardsByTheirPurpose } from "./read-since-2027-01-01";

/*
 * Misreadings found by the re-audit of 2027-01-01 (the 26th to 50th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("business transfer: a buyer bound 'in a manner that is consistent with' the policy", () => {
  const stripchat =
    "(d) buyers or other legal successors in the event of a merger, divestiture, restructuring, reorganization, dissolution or other sale or transfer of some or all of our assets, whether as a going concern or as part of bankruptcy, liquidation or similar proceeding, in which personal information held by us about our Website Members, Browsers, Models and Studio Operators is among the assets transferred. Should such a sale or transfer occur, we will use reasonable efforts to ensure that the entity to which we transfer your personal data uses it in a manner that is consistent with this privacy policy; and/or";
  it("reads Stripchat's buyer held to the policy", () => {
    expect(valuesOf(stripchat, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", stripchat).rating).toBe("neutral");
  });
  it("leaves the company's own use in line with the policy, with no business event", () => {
    const own =
      "We will process your personal data only for the purposes set out above. Our staff uses it in a manner that is consistent with this privacy policy.";
    expect(valuesOf(own, "successor-bound")).toEqual([]);
  });
});

describe("security: safeguards said by their means and purpose", () => {
  it("reads CrowdTangle's, Waze's, Limitless's and UptimeRobot's safeguards", () => {
    const crowdtangle =
      "We take measures to help protect information from loss, theft, misuse and unauthorized access, disclosure, alteration, and destruction.";
    expect(safeguardsByTheirPurpose(crowdtangle)).toBe("measures to help protect information");
    expect(rate("security", crowdtangle).reason).toBe(
      "neutral: safeguards are stated (measures to help protect information)",
    );
    expect(
      safeguardsByTheirPurpose(
        "Waze implements systems, applications and procedures to secure your personal information, to minimize the risk of theft, damage, loss of information, or unauthorized access or use of information.",
      ),
    ).toBe("systems, applications and procedures to secure your personal information");
    expect(
      safeguardsByTheirPurpose(
        "We use reasonable efforts to safeguard the personal information we collect from you, including electronic measures designed to enhance the security of such information.",
      ),
    ).toBe("reasonable efforts to safeguard the personal information");
    expect(
      safeguardsByTheirPurpose(
        "While no online service is 100% secure, we work very hard to protect information about you against unauthorized access, use, alteration, or destruction, and take reasonable measures to do so, such as monitoring our Services for potential vulnerabilities and attacks.",
      ),
    ).toBe("reasonable measures");
  });
  it("leaves the user's precautions, a requester's verification and a transfer's safeguards", () => {
    for (const text of [
      "You are also responsible for taking reasonable steps to protect your personal information against unauthorized disclosure or misuse.",
      "You should take steps to protect your personal information, such as choosing a strong password.",
      "We take steps to verify your identity to protect your personal information before we answer a request.",
      "When we transfer data outside the EEA, we take measures to protect your personal data, such as standard contractual clauses.",
      "We take steps to protect your privacy when you use the Service.",
    ])
      expect(safeguardsByTheirPurpose(text)).toBeNull();
  });
  it("keeps the safeguards named by their kind in the reason", () => {
    const mediafire = [
      "MediaFire employs measures to protect information collected from loss, destruction, disclosure, unauthorized access, misuse and alteration.",
      "MediaFire utilizes industry-standard technical, administrative, and physical safeguards to help protect the information on our servers against unauthorized access, alteration, disclosure or destruction.",
    ];
    expect(rate("security", mediafire).reason).toBe(
      "neutral: safeguards are stated (industry-standard technical, administrative, and physical safeguards)",
    );
  });
});

describe("access: the user's recordings deleted by the user", () => {
  it("reads Limitless's 'can stop or delete recordings'", () => {
    const limitless =
      "Any User of the App or Pendant can stop or delete recordings at any time using the App.";
    expect(valuesOf(limitless, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", limitless).reason).toBe("neutral: users can have their data deleted");
  });
  it("leaves recordings the company deletes", () => {
    expect(
      valuesOf("We delete recordings of support calls after 30 days.", "deletion-right"),
    ).toEqual([]);
  });
});

describe("facts read from words that do not state them", () => {
  it("leaves encryption of an item of data gathered (Savetz Publishing)", () => {
    const item = "Email (in a hashed or encrypted form)";
    expect(notStatedBy("encryption", item)).toBe(true);
    expect(valuesOf(item, "encryption")).toEqual([]);
    expect(valuesOf("We store your email in an encrypted form.", "encryption")).not.toEqual([]);
  });
  it("leaves a row that gives advertisers only de-identified data (Dailymotion)", () => {
    const row =
      "-None;\nOnly de-identified and aggregated information may be provided to advertising partners";
    expect(valuesOf(row, "advertising-sharing")).toEqual([]);
    expect(
      valuesOf(
        "We may share your personal information with advertising partners for their own marketing purposes.",
        "advertising-sharing",
      ),
    ).not.toEqual([]);
  });
  it("leaves a setting of time read as correcting one's data (Telegram)", () => {
    const telegram =
      "You can go to Settings to change the exact period after which your inactive account will self-destruct.";
    expect(valuesOf(telegram, "correction-right")).toEqual([]);
    expect(
      valuesOf(
        "You can go to Settings to correct or update your account information.",
        "correction-right",
      ),
    ).not.toEqual([]);
  });
});
