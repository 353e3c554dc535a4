import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-25 (25 machine-read companies, every 12th
 * from the 7th; cookies, retention, disputes, use, choice and access), each on the policy's own
 * sentence, with a counter-example the fix must leave alone.
 */
describe("cookies: what cookies are used, said in other words", () => {
  it("reads 'the only cookies we use are those to operate and provide our Services' as essential only (Telegram)", () => {
    const telegram =
      "The only cookies we use are those to operate and provide our Services on the web. We do not use cookies for profiling or advertising.";
    expect(valuesOf(telegram, "cookies-session-only")).toEqual([
      "only session or essential cookies",
    ]);
    expect(rate("cookies", telegram).rating).toBe("protective");
  });

  it("leaves the only cookies said to be a tracker's, or used for more than the service", () => {
    for (const text of [
      "The only cookies we use are those of Google Analytics.",
      "The only cookies we use are those to operate our Services and to measure advertising.",
      "Cookies are the only technology we use to operate the Services.",
    ])
      expect(valuesOf(text, "cookies-session-only"), text).toEqual([]);
  });

  it("reads ad serving technology from named ad networks as third-party tracking (Wordfeud)", () => {
    const wordfeud = "We use ad serving technology from Google, Facebook and MoPub/Twitter.";
    expect(valuesOf(wordfeud, "third-party-tracking")).toEqual([
      "ad serving technology from Google, Facebook and MoPub/Twitter",
    ]);
    expect(rate("cookies", wordfeud).rating).toBe("concerning");
  });

  it("leaves the company's own ad serving technology and a denial", () => {
    for (const text of [
      "Our ad serving technology from the early days was built in house.",
      "We do not use ad serving technology from Google or any other third party.",
      "We use ad serving technology that we developed ourselves.",
    ])
      expect(valuesOf(text, "third-party-tracking"), text).toEqual([]);
  });
});

describe("access: a right listed as 'To have your personal data … deleted'", () => {
  it("reads the list item (Lydia)", () => {
    const lydia = [
      "Under the conditions and within the limits authorized by the applicable regulations you have the following rights:",
      "To have your personal data rectified, updated and deleted, it being specified that deletion can only occur when:",
    ];
    expect(valuesOf(lydia, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(valuesOf(lydia, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(rate("access", lydia).rating).toBe("protective");
  });

  it("leaves 'to have your data deleted' inside a sentence and other things had", () => {
    for (const text of [
      "We will need to verify your identity before we can arrange to have your data deleted.",
      "To have your order delivered, we share your address with the courier.",
    ]) {
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
    }
  });
});

describe("retention: a supplier's own period, backups kept for limited periods, and data deleted with the account", () => {
  it("does not read a supplier's stated period as the company's (Dune)", () => {
    const dune =
      "Anthropic states that API inputs and outputs are deleted from its backend systems within 30 days by default, subject to exceptions for legal requirements, usage policy enforcement, or separately agreed retention settings.";
    expect(valuesOf(dune, "retention-period")).toEqual([]);
    // The company's own statement still reads.
    expect(
      valuesOf(
        "We state that API inputs and outputs are deleted from our systems within 30 days.",
        "retention-period",
      ),
    ).not.toEqual([]);
    expect(
      valuesOf("API inputs and outputs are deleted within 30 days.", "retention-period"),
    ).not.toEqual([]);
  });

  it("reads backups kept 'for limited additional periods' as kept for a limited time (Dune)", () => {
    const dune =
      "Support records, billing records, security logs, and backups may be retained for limited additional periods in accordance with Dune’s internal retention and data management policies.";
    expect(valuesOf(dune, "retention-backups")).toEqual([
      "kept in backups or archives for a limited time",
    ]);
    expect(valuesOf("Backups may be retained by us.", "retention-backups")).toEqual([
      "kept in backups or archives, no limit stated",
    ]);
  });

  it("reads 'this action … will delete all of your data' in a clause opening on the account's deletion (Kbin)", () => {
    const kbin =
      'If you wish to delete your account, you can do so at any time by clicking the "Delete Account" button in your user settings. Please note that this action is irreversible and will delete all of your data from our servers.';
    expect(valuesOf(kbin, "retention-deletion")).toEqual(["deleted when the account is closed"]);
  });

  it("leaves the same words in a clause that opens on something else", () => {
    const other =
      "You can clear your search history in your settings. Please note that this action is irreversible and will delete all of your data from our servers.";
    expect(valuesOf(other, "retention-deletion")).toEqual([]);
  });
});

describe("disputes: a transfer framework named by the policy's defined term", () => {
  it("reads a body for complaints 'received under the Frameworks' as for some users only (Grammarly)", () => {
    const grammarly =
      "Under the Frameworks, we commit to refer unresolved complaints concerning our handling of personal data received under the Frameworks to VeraSafe, an alternative dispute resolution provider based in the United States.";
    expect(valuesOf(grammarly, "independent-body")).toEqual([
      "alternative dispute resolution (for some users only)",
    ]);
  });

  it("leaves a framework that is no defined term", () => {
    const text =
      "Under the framework of our complaints policy, we refer unresolved complaints to an alternative dispute resolution provider.";
    expect(valuesOf(text, "independent-body")).toEqual(["alternative dispute resolution"]);
  });
});

describe("disputes: a regulator the company notifies of a breach", () => {
  it("reads no regulator from the company's notice of a breach (Dune, Lydia)", () => {
    for (const text of [
      "In the event of a personal data breach that is likely to result in a risk to your rights and freedoms, Dune will notify the relevant supervisory authority without undue delay and, where feasible, within 72 hours.",
      "In case of violation of your personal data, presenting a risk for your rights and freedoms, we will notify the CNIL within the regulatory deadline.",
    ])
      expect(valuesOf(text, "regulator"), text).toEqual([]);
  });

  it("leaves a regulator users may turn to", () => {
    expect(
      valuesOf(
        "Finally, you may file a complaint with the CNIL, the French National Data Protection Authority.",
        "regulator",
      ),
    ).toEqual(["CNIL"]);
    expect(
      valuesOf(
        "You may also file a complaint to your applicable data protection authority if you are of the opinion that we have failed to comply with your rights.",
        "regulator",
      ),
    ).toEqual(["data protection authority"]);
  });
});

describe("choice: an opt-out of marketing messages said as leaving a marketing list", () => {
  it("reads 'removed from … email marketing list' as an opt-out of marketing messages (Visible)", () => {
    const visible =
      "If you would like to be removed from Visible’s email marketing list, you can opt out using the unsubscribe instructions, usually found at the bottom of the emails.";
    expect(valuesOf(visible, "opt-out")).toEqual([
      "of marketing messages, through an unsubscribe link",
    ]);
  });

  it("leaves an email list whose e-mails may be the service's, and mailing list information kept", () => {
    expect(
      valuesOf(
        "If you would like to be removed from our email list, you can opt out using the unsubscribe link.",
        "opt-out",
      ),
    ).toEqual(["through an unsubscribe link"]);
    expect(
      valuesOf(
        "We keep contact information (such as mailing list information) until a user unsubscribes.",
        "opt-out",
      ).filter((v) => v.startsWith("of marketing")),
    ).toEqual([]);
  });
});
