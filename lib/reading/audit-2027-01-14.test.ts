import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { dataLocationReworded } from "./read-since-2027-01-04";
import {
  correctedByLoggingIn,
  deletedByLoggingIn,
  providedAtDiscretion,
} from "./read-since-2027-01-14";

/*
 * Misreadings found by the re-audit of 2027-01-14 (the 176th to 200th machine-read companies by the
 * SHA-1 digest of their slug; collection, use, access, security, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("access: rights the account holders use by logging in", () => {
  const spellingCity =
    "Parents and educational institutions are able to review, manage, delete or edit their information as well as student information at any time by logging into their accounts.";
  it("reads VocabularySpellingCity's sentence as seeing, correcting and deleting", () => {
    expect(correctedByLoggingIn(spellingCity)).toBe(true);
    expect(deletedByLoggingIn(spellingCity)).toBe(true);
    expect(valuesOf(spellingCity, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(valuesOf(spellingCity, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", spellingCity).rating).toBe("protective");
  });
  it("leaves the company's own reviewing and a list with no correcting or deleting", () => {
    for (const text of [
      "We are able to review, edit or delete their information by logging into our systems.",
      "Teachers are able to review their information at any time by logging into their accounts.",
    ]) {
      expect(correctedByLoggingIn(text)).toBe(false);
      expect(deletedByLoggingIn(text)).toBe(false);
    }
  });
});

describe("legal disclosure: data provided as the company believes appropriate", () => {
  const womansDay =
    "We may provide your information as we believe is necessary or appropriate to protect, enforce, or defend our legal rights, the privacy or safety of our employees, users of the Hearst Services or other individuals and entities, or to comply with or enforce applicable industry standards, law or legal process, including responding to court orders, warrants, subpoenas and other requests from public and government authorities.";
  it("reads Woman's Day's sentence as disclosure on the company's own judgement", () => {
    expect(providedAtDiscretion(womansDay)).toBe(true);
    expect(valuesOf(womansDay, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", womansDay).rating).toBe("concerning");
  });
  it("leaves data provided as the law requires, or to deliver the service", () => {
    for (const text of [
      "We may provide your information to law enforcement as required by law or legal process.",
      "We provide the information we believe is necessary to deliver the Services you request.",
    ]) {
      expect(providedAtDiscretion(text)).toBe(false);
      expect(valuesOf(text, "discretionary-disclosure")).toEqual([]);
    }
  });
});

describe("business transfer: the acquirer requested to follow the policy's practices", () => {
  const coindesk =
    "Under such circumstances, we will request the acquiring party to follow the practices described in this Privacy Notice with respect to previously collected information.";
  const context =
    "We may transfer some or all information about you in connection with, or during negotiations of, any merger, acquisition, sale of assets, or any line of business, change in ownership control, or financing transaction. ";
  it("reads CoinDesk's acquirer as held to the policy", () => {
    expect(valuesOf(context + coindesk, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", context + coindesk).rating).toBe("neutral");
  });
  it("leaves an acquirer asked to follow the law, and a promise disclaimed", () => {
    for (const text of [
      "We will request the acquiring party to follow applicable law.",
      "We cannot promise that we will request the acquiring party to follow the practices described in this Privacy Notice.",
    ]) {
      expect(valuesOf(context + text, "successor-bound")).toEqual([]);
      expect(rate("business-transfer", context + text).rating).toBe("concerning");
    }
  });
});

describe("international: servers hosted primarily in a place", () => {
  it("reads Webcrawler's hosting as where data is stored", () => {
    const webcrawler = "Our Services are hosted primarily in the U.S.";
    expect(dataLocationReworded(webcrawler)).toBe("the U.S.");
    expect(valuesOf(webcrawler, "data-location")).toEqual(["the U.S."]);
  });
  it("leaves a hosting said of no place", () => {
    const text = "Our Services are hosted primarily in the cloud.";
    expect(dataLocationReworded(text)).toBeNull();
    expect(valuesOf(text, "data-location")).toEqual([]);
  });
});
