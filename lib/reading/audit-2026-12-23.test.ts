import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-23 (26 machine-read companies, every 12th
 * from the 2nd; collection, use, choice, security, international transfer, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
describe("legal disclosure: a limit said of one kind of records is no rule for all disclosure", () => {
  const verizon =
    "We may disclose personally identifiable information to a governmental entity to comply with valid legal process, but we will not disclose records revealing your video programming unless we receive a court order indicating that the governmental entity has made a specified showing of relevance and you were afforded an opportunity to contest the order.";

  it("reads Verizon's video-programming limit as legal process, not 'only under legal process'", () => {
    expect(valuesOf(verizon, "process-required")).toEqual([]);
    expect(valuesOf(verizon, "legal-process")).toEqual(["valid legal process"]);
    expect(rate("law-enforcement", verizon).rating).toBe("neutral");
  });

  it("leaves a limit said of the user's data in general", () => {
    const evernote =
      "We will not disclose your personal data to law enforcement or other governmental authorities unless we believe it is required to comply with warrants, court orders, subpoenas, or other lawful government requests.";
    expect(valuesOf(evernote, "process-required")).toEqual(["disclosed only under legal process"]);
    expect(rate("law-enforcement", evernote).rating).toBe("protective");
  });
});

describe("business transfer: data said to pass with an aside after the modal", () => {
  it("reads 'will, in most cases, be shared or transferred' (Xfinity)", () => {
    const xfinity =
      "If we enter into a potential or actual merger, acquisition, or sale of all or a portion of our assets, information about you and your subscription will, in most cases, be shared or transferred as part of the transaction.";
    expect(valuesOf(xfinity, "transfer-as-asset")).toEqual([
      "data passes with the business's assets",
    ]);
    expect(rate("business-transfer", xfinity).rating).toBe("concerning");
  });

  it("leaves an aside with no business event, and data said not to pass", () => {
    for (const text of [
      "Your information will, in most cases, be shared with our payment processor.",
      "If we are acquired, your information will, in any case, not be transferred without your consent.",
    ])
      expect(valuesOf(text, "transfer-as-asset"), text).toEqual([]);
  });
});

describe("legal disclosure: legal process said as a court's decision", () => {
  it("reads 'based on the decision of a court' (Freja eID)", () => {
    const freja =
      "Such disclosure may be made, for example, in criminal investigations, suspicion of identity-related crime, or based on the decision of a court or prosecutor.";
    expect(valuesOf(freja, "legal-process")).toEqual(["decision of a court"]);
    expect(rate("law-enforcement", freja).reason).toBe(
      "neutral: disclosure in response to legal process (decision of a court)",
    );
  });

  it("leaves a court's decision with no giving of data", () => {
    const text = "You may appeal the decision of a court in accordance with local law.";
    expect(valuesOf(text, "legal-process")).toEqual([]);
  });
});

describe("choice: the list that records an opt-out is no opt-out offered", () => {
  it("reads nothing from 'retain your contact details on an opt-out list' (The Register)", () => {
    const register =
      "We will retain your contact details on an opt-out list to ensure we respect your preferences.";
    expect(valuesOf(register, "opt-out")).toEqual([]);
  });

  it("leaves an offer beside the list", () => {
    const text =
      "You can opt out of marketing emails by clicking the unsubscribe link, and we will keep your address on an opt-out list.";
    expect(valuesOf(text, "opt-out")).toEqual([
      "of marketing messages, through an unsubscribe link",
    ]);
  });
});

describe("security: an identifier 'one-way encrypted (hashed)' is no safeguard", () => {
  it("reads no encryption from LINE's list of data collected from partners", () => {
    const line =
      "In addition, we may collect information such as your identifier (internal identifier, ad identifier etc.), one-way encrypted (hashed) email address and telephone number, IP address, part of your device information (OS, etc.), your attribute information as well as your action history, including your purchase history, viewing history, search history and location information, from our Partners, and use such information for the purpose described in “4.";
    expect(valuesOf(line, "encryption")).toEqual([]);
  });

  it("leaves encryption the company states beside it", () => {
    for (const text of [
      "We will take necessary measures to ensure that Personal Data is properly protected in accordance with our security standards, such as by taking appropriate encryption measures in the access route to Personal Data.",
      "We encrypt your one-way encrypted (hashed) email address again before storing it.",
    ])
      expect(valuesOf(text, "encryption"), text).not.toEqual([]);
  });
});
