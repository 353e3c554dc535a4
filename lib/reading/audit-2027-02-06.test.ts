import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  givenToHelpAgainstCrime,
  optedOutOfSharingForPromotion,
  partnersUseCookiesToCollect,
} from "./read-since-2027-02-07";

/*
 * Misreadings the blind double reading of 2027-02-06 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: sharing for others' promotion said by its opt-out", () => {
  const mirror =
    "Disclosure of Your Information for Third-Party Advertising. If you do not want us to share your personal information with unaffiliated or non-agent third-parties for promotional purposes, you can opt-out by sending us an email stating your request to optout@themmirror.space.";
  it("reads The Mirror's sharing with unaffiliated third parties for promotion", () => {
    expect(optedOutOfSharingForPromotion(mirror)).toBe(true);
    expect(valuesOf(mirror, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("third-parties", mirror).rating).toBe("concerning");
    expect(rate("use", mirror).rating).toBe("concerning");
  });
  it("leaves the company's own marketing and sharing for other purposes", () => {
    for (const text of [
      "If you do not want us to use your information to send you our offers, you can opt out.",
      "If you do not want us to share your information with our service providers for support purposes, contact us.",
      "If you do not wish to receive promotional emails from us, click unsubscribe.",
    ])
      expect(optedOutOfSharingForPromotion(text), text).toBe(false);
  });
});

describe("legal disclosure: authorities helped to prevent or detect crime", () => {
  const match =
    "Law enforcement authorities — We may disclose your data to: (i) comply with a legal process, such as a court order, subpoena or search warrant, government / law enforcement investigation or other legal requirements; (ii) assist in the prevention or detection of crime; (iii) protect the safety of any person; and (iv) establish, exercise or defend legal claims.";
  it("reads Match's help against crime as the company's own judgement", () => {
    expect(givenToHelpAgainstCrime(match, "")).toBe(true);
    expect(valuesOf(match, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", match).rating).toBe("concerning");
  });
  it("leaves help the law requires, and crime prevention that gives no data", () => {
    for (const text of [
      "We are required by law to assist law enforcement authorities in the prevention of crime, and we disclose data to them when so required.",
      "We may disclose your data to law enforcement authorities to assist in the detection of crime as required by applicable law.",
      "We use your data to help in the prevention of fraud.",
    ])
      expect(givenToHelpAgainstCrime(text, ""), text).toBe(false);
    expect(
      givenToHelpAgainstCrime(
        "law enforcement authorities, to assist in the prevention or detection of crime;",
        "Where required by applicable law, we may disclose your data to:",
      ),
    ).toBe(false);
  });
});

describe("cookies: partners' cookies collecting information about the user", () => {
  const deliveroo =
    "We and our partners use cookies and other similar technologies on our Sites to collect information about you.";
  it("reads Deliveroo's partners' cookies as third-party tracking", () => {
    expect(partnersUseCookiesToCollect(deliveroo)).toBe(true);
    expect(rate("cookies", deliveroo).rating).toBe("concerning");
  });
  it("leaves the company's own cookies, and partners said not to", () => {
    for (const text of [
      "We use cookies to collect information about you.",
      "Our partners do not use cookies to collect information about you.",
      "Our partners use cookies to remember your language.",
    ])
      expect(partnersUseCookiesToCollect(text), text).toBe(false);
  });
});
