import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-28 (25 machine-read companies, every 12th
 * from the 6th; collection, use, access, security, international transfer, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
describe("access: rights in a series the user is entitled to", () => {
  it("reads Apple's 'ability', Jottacloud's 'right to require' and DuckDuckGo's 'these rights, such as …'", () => {
    const apple =
      "At Apple, we respect your ability to know, access, correct, transfer, restrict the processing of, and delete your personal data.";
    expect(valuesOf(apple, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", apple).rating).toBe("protective");
    const jottacloud =
      "You have the right to require access, correction or deletion of Personal Data we are processing.";
    expect(valuesOf(jottacloud, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", jottacloud).rating).toBe("protective");
    const duckduckgo =
      "For information about these rights, such as requesting deletion or a copy of your personal information, please review our Privacy Rights page.";
    expect(rate("access", duckduckgo).rating).toBe("protective");
  });

  it("reads a rights list's bare 'Delete data …' (Scaleway)", () => {
    expect(
      valuesOf(
        "Delete data that is no longer necessary for processing or to meet a legal obligation",
        "deletion-right",
      ),
    ).toEqual(["data can be deleted on request"]);
  });

  it("leaves the company's right, a restricted ability, instructions, a table's purpose and a time", () => {
    for (const text of [
      "We reserve the right to delete your account and data if you breach these terms.",
      "Your ability to use the app ends when we delete your account information.",
      "Restrict your ability to delete or edit your information or your privacy settings",
      "You have the right to provide instructions regarding the handling, retention, and deletion of your personal information after your death.",
      "Delete information about an expired payment card. — User ID; Information about your payment card",
      "Delete data after 30 days of inactivity.",
    ])
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
  });
});

describe("legal disclosure: the company's own judgement in further words", () => {
  it("reads 'if we determine that for purposes of …, disclosure is necessary or appropriate' (Apple)", () => {
    const apple =
      "We may also disclose information about you if we determine that for purposes of national security, law enforcement, or other issues of public importance, disclosure is necessary or appropriate.";
    expect(valuesOf(apple, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", apple).rating).toBe("concerning");
  });

  it("reads grounds to suspect a crime with a notice to law enforcement (Vinted) or information released (IGN)", () => {
    const vinted =
      "If we have reasonable grounds to suspect that you are involved in illegal activities, we will collect and use necessary data from your profile data (see 2.1), data related to your activities on the Platform (see 2.2) and data collected and used for security purposes (see 2.3 and 2.4) in order to notify the law enforcement and other state institutions.";
    expect(rate("law-enforcement", vinted).rating).toBe("concerning");
    const ign =
      "Legal Compliance: Subject to applicable law, we reserve the right to release information concerning any user of Services when we have grounds to believe that the user is in violation of our Terms of Use or other published guidelines or has engaged in (or we have grounds to believe is engaging in) any illegal activity, and to release information in response to court and governmental orders, other requests from government entities, civil subpoenas, discovery requests and otherwise as required by law or regulatory obligations.";
    expect(rate("law-enforcement", ign).rating).toBe("concerning");
  });

  it("leaves 'necessary' alone, and a suspicion that gives nothing", () => {
    for (const text of [
      "We may disclose information if we determine that for purposes of national security, disclosure is necessary.",
      "If we have reasonable grounds to suspect illegal activity, we may suspend your account.",
    ])
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([]);
  });
});

describe("legal disclosure: only when compelled by law", () => {
  it("reads DuckDuckGo's 'only … if we are legally forced' and Proton VPN's 'only … when compelled by law'", () => {
    const duckduckgo =
      "Nevertheless, we will only disclose the very limited personal information that we might have, for example, your email address if you subscribe to our newsletter, if we are legally forced to do so, and we will use legal means to fight against such disclosure.";
    expect(rate("law-enforcement", duckduckgo).rating).toBe("protective");
    const proton =
      "We will only disclose the limited user data we possess when compelled by law for the purposes of the prevention, investigation, detection or prosecution of criminal offences or the execution of criminal penalties, including the safeguarding against and the prevention of threats to public security.";
    expect(valuesOf(proton, "process-required")).toEqual(["disclosed only under legal process"]);
  });

  it("leaves another ground beside the compulsion, and a wish", () => {
    for (const text of [
      "We will only disclose your data when compelled by law, or to protect our rights and property.",
      "We will only disclose your data to protect our rights or when compelled by law.",
      "We will only disclose your data if we think it necessary.",
    ])
      expect(valuesOf(text, "process-required"), text).toEqual([]);
  });
});

describe("business transfer: 'Under these circumstances' points back to the event", () => {
  const event =
    "third parties or related group companies in the event of a merger, acquisition, restructuring, or sale of assets, or by operation of law or otherwise, we will transfer your information to such entity accordingly so that your service can continue.";
  it("reads the successor required to comply with this Privacy Policy (WeChat)", () => {
    const text = `${event} Under these circumstances, we will always require the third parties or related group companies to comply with this Privacy Policy;`;
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("leaves the same words after a sentence with no business event", () => {
    expect(
      valuesOf(
        "We share data with service providers. Under these circumstances, we will always require the third parties to comply with this Privacy Policy;",
        "successor-bound",
      ),
    ).toEqual([]);
  });
});

describe("legal disclosure: requests from authorities named without 'subpoena'", () => {
  it("reads requests from competent authorities to transmit data and sharing at a public body's request (Scaleway)", () => {
    const scaleway =
      "Scaleway may receive direct (administrative or judicial authorities) or indirect (lawyers, bailiffs, notaries, etc.) requests from competent authorities to transmit certain data relating to its customers.";
    expect(valuesOf(scaleway, "legal-process")).toEqual(["requests from competent authorities"]);
    expect(rate("law-enforcement", scaleway).reason).toBe(
      "neutral: disclosure in response to legal process (requests from competent authorities)",
    );
    expect(
      valuesOf(
        "To comply with our legal obligations (e.g., sharing data at the request of an authorized public body to identify fraud or as part of a criminal investigation);",
        "legal-process",
      ),
    ).toEqual(["request of an authorized public body"]);
  });

  it("leaves a request from users, and authorities' requests with no data given", () => {
    for (const text of [
      "We answer requests from users to transmit their data to another service.",
      "Requests from competent authorities are counted in our transparency report.",
    ])
      expect(valuesOf(text, "legal-process"), text).toEqual([]);
  });
});
