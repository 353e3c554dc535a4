import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  analyticsDenied,
  noCookiesOnSite,
  sameBodyNamed,
  withoutEnforcedAgreements,
} from "./read-since-2027-01-11";

/*
 * Misreadings found by the re-audit of 2027-01-11 (the 151st to 175th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("cookies: no cookies on the company's site, said with the site's name", () => {
  const noyb = "Cookies: We do not use cookies on noyb.eu.";
  it("reads noyb's denial as no cookies on the site (protective)", () => {
    expect(noCookiesOnSite(noyb)).toBe(true);
    expect(valuesOf(noyb, "cookies-session-only")).toEqual(["no cookies used on the site"]);
    const rated = rate("cookies", noyb);
    expect(rated.rating).toBe("protective");
    expect(rated.reason).toContain("only session or essential cookies");
  });
  it("leaves a denial for one purpose and the user's choice", () => {
    for (const text of [
      "We do not use cookies on our site to track you across other websites.",
      "You can use the site without accepting cookies on our website.",
      "We use cookies on noyb.eu.",
    ])
      expect(noCookiesOnSite(text)).toBe(false);
  });
});

describe("cookies and third parties: analytics denied, its tools given as examples", () => {
  const spam =
    "We do not use any third party tracking or analytics services (ex: Google Analytics, Recaptcha, etc).";
  it("reads no Google Analytics in Spam.org's denial", () => {
    expect(analyticsDenied(spam)).toBe(true);
    expect(valuesOf(spam, "cookies-persistent")).toEqual([]);
    expect(valuesOf(spam, "named-partner")).toEqual([]);
  });
  it("still reads Google Analytics used, and a denial of one purpose", () => {
    expect(
      valuesOf(
        "We use Google Analytics to understand how visitors use the site.",
        "cookies-persistent",
      ),
    ).toEqual(["Google Analytics"]);
    const onePurpose = "We do not use analytics cookies for advertising; we use Google Analytics.";
    expect(analyticsDenied(onePurpose)).toBe(false);
  });
});

describe("third parties: the company enforcing its own agreements is no contract with providers", () => {
  const ucla =
    "(i) to comply with laws or to respond to lawful requests and legal process, (ii) to protect our rights and property and those of our agents, customers and others, including to enforce our agreements, policies and terms of use, or (iii) in an emergency to protect the personal safety of UCLA, its customers, or any person.";
  it("reads UCLA's list of occasions with no contract", () => {
    expect(withoutEnforcedAgreements(ucla)).not.toMatch(/agreements/);
    // Since the re-audit of 2027-01-21 its agents, named only among those whose rights are
    // protected, are no recipients at all (read-since-2027-01-21.ts).
    expect(valuesOf(ucla, "service-providers")).toEqual([]);
  });
  it("still reads providers bound by agreements", () => {
    const bound =
      "Our service providers are bound by written agreements to use your data only on our instructions.";
    expect(withoutEnforcedAgreements(bound)).toBe(bound);
    expect(valuesOf(bound, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
  });
});

describe("disputes: one body named twice is no free body and a different regulator", () => {
  const tpLink = [
    "If you think that the way we process your personal information does not comply with applicable data protection laws, you can contact the relevant competent data protection authority.",
    "You can obtain the information for contacting EU data protection authorities at http://ec.europa.eu/justice/article-29/structure/data-protection-authorities/index_en.htm.",
  ];
  it("rates TP-Link's disputes neutral", () => {
    expect(sameBodyNamed("EU data protection authorities", "data protection authority")).toBe(true);
    expect(rate("disputes", tpLink).rating).toBe("neutral");
  });
  it("still rates the EU authorities beside the Federal Trade Commission protective", () => {
    expect(sameBodyNamed("EU data protection authorities", "Federal Trade Commission")).toBe(false);
    expect(
      rate("disputes", [
        tpLink[1]!,
        "We are subject to the investigatory and enforcement powers of the Federal Trade Commission.",
      ]).rating,
    ).toBe("protective");
  });
});
