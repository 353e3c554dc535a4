import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  collectedForTheirOwnMarketing,
  disclosedAgainstCrime,
  opensOnNamedPlaces,
  sharedWhereNotRequired,
  violationReported,
} from "./read-since-2027-02-24";

/*
 * Misreadings the blind double reading of 2027-02-23 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: an authority for the residents of named places", () => {
  const coinbase =
    "If you reside in Australia, the Philippines, or India, you may lodge a complaint about our practices with respect to your personal information with the supervisory authority of your country.";
  it("reads Coinbase's as some users'", () => {
    expect(opensOnNamedPlaces(coinbase)).toBe(true);
    expect(valuesOf(coinbase, "regulator")[0]).toMatch(/for some users only/);
    expect(
      opensOnNamedPlaces(
        "In Australia, the relevant data protection authority is the Office of the Australian Information Commissioner, and complaints may be made through their website at www.oaic.gov.au.",
      ),
    ).toBe(true);
    expect(
      opensOnNamedPlaces(
        "In Particular, you may lodge a complaint with the supervisory authority of your country.",
      ),
    ).toBe(false);
  });
  it("leaves a sentence that names no place", () => {
    expect(
      opensOnNamedPlaces(
        "If you reside anywhere, you may lodge a complaint with the supervisory authority of your country.",
      ),
    ).toBe(false);
  });
});

describe("legal disclosure: beyond what the law requires, in other words", () => {
  const coinbase =
    "Where not otherwise required by law, and depending on the circumstances, we may preserve and share your information: In response to requests from third parties, such as civil litigants, law enforcement, and other government authorities, for example to assist authorities in the investigation of fraud;";
  const google =
    "In certain circumstances, we may also report the violation to the appropriate authorities.";
  const dailyMail =
    "We may also disclose your information in order to protect or enforce our rights or the rights of others and for the prevention and detection of crime.";
  it("reads Coinbase's, Google's and the Daily Mail's as the company's own judgement: concerning", () => {
    expect(sharedWhereNotRequired(coinbase)).toBe(true);
    expect(violationReported(google)).toBe(true);
    expect(disclosedAgainstCrime(dailyMail)).toBe(true);
    for (const s of [coinbase, google, dailyMail])
      expect(rate("law-enforcement", s).rating, s).toBe("concerning");
  });
  it("leaves disclosure and reports the law requires", () => {
    expect(
      sharedWhereNotRequired(
        "Where required by law, we may share your information with the police.",
      ),
    ).toBe(false);
    expect(violationReported("We are required to report the violation to the authorities.")).toBe(
      false,
    );
    expect(
      disclosedAgainstCrime(
        "We disclose information where we are obliged to for the prevention and detection of crime.",
      ),
    ).toBe(false);
  });
});

describe("third parties and use: partners' own marketing", () => {
  const ikea =
    "These providers may collect personal data directly from you to organise and book their services, or for their own marketing and tracking purposes.";
  it("reads IKEA's providers collecting for their own marketing: concerning", () => {
    expect(collectedForTheirOwnMarketing(ikea)).toBe(true);
    expect(rate("third-parties", ikea).rating).toBe("concerning");
    expect(rate("use", ikea).rating).toBe("concerning");
  });
  it("leaves providers barred from it", () => {
    expect(
      collectedForTheirOwnMarketing(
        "These providers may not collect personal data for their own marketing purposes.",
      ),
    ).toBe(false);
  });
});
