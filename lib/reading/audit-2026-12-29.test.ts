import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import {
  consentForMateriallyDifferentUse,
  cookiesRefusedInBrowser,
  doneAsTheSentenceBefore,
  noticeByPublicationHere,
} from "./read-since-2026-12-29";

// The re-audit of 2026-12-29 (the first 25 machine-read companies by the SHA-1 of their slug;
// cookies, retention, disputes, third parties, children, policy changes and choice): each rule on
// the policy's own sentence, and a counter-example it must leave alone.

describe("consent for a use materially different from what was stated (Interstellar Lab)", () => {
  const said =
    "However, we will not, without your consent, use your Personal Information in a manner materially different than what was stated at the time your Personal Information was collected.";
  it("reads the promise as consent sought for changes, and rates policy changes protective", () => {
    expect(consentForMateriallyDifferentUse(said)).toBe(true);
    const text = `Your continued use of the Website and Services after the effective date of the revised Policy will constitute your consent to those changes. ${said}`;
    expect(valuesOf(text, "change-consent")).toEqual(["consent sought for changes"]);
    expect(rate("policy-changes", text).rating).toBe("protective");
  });
  it("leaves alone a different use with no consent named", () => {
    const other =
      "We may use your Personal Information in a manner materially different than what was stated at the time it was collected.";
    expect(consentForMateriallyDifferentUse(other)).toBe(false);
    expect(factsOf(other, "change-consent")).toEqual([]);
  });
});

describe("a notice said of the change in the sentence before (Interstellar Lab)", () => {
  const text =
    "We reserve the right to modify this Policy or its terms related to the Website and Services at any time at our discretion. When we do, we will send you an email to notify you.";
  it("reads the email as direct notice of the policy's changes", () => {
    expect(doneAsTheSentenceBefore("When we do, we will send you an email to notify you.")).toBe(
      true,
    );
    expect(factsOf(text, "change-notice").map((f) => [f.value, f.quote])).toContainEqual([
      "direct notice",
      "When we do, we will send you an email to notify you.",
    ]);
  });
  it("leaves alone the same words after a sentence that changes something else", () => {
    const other =
      "We sometimes send newsletters about our products. When we do, we will send you an email to notify you.";
    expect(factsOf(other, "change-notice")).toEqual([]);
    expect(doneAsTheSentenceBefore("If we do, we will notify you.")).toBe(false);
  });
});

describe("a notice of changes by publication here (Webs)", () => {
  const said = "If we make changes to this Privacy Policy we will notify you by publication here.";
  it("is posted on the site, not direct notice", () => {
    expect(noticeByPublicationHere(said)).toBe(true);
    expect(valuesOf(said, "change-notice")).toEqual(["posted on the site"]);
  });
  it("leaves alone a notice sent by email besides", () => {
    const other =
      "If we make changes to this Privacy Policy we will notify you by email and by publication here.";
    expect(valuesOf(other, "change-notice")).toContain("direct notice");
    expect(valuesOf(other, "change-notice")).not.toContain("posted on the site");
  });
});

describe("cookies refused in the browser's options (USA.gov)", () => {
  const said =
    "If you do not want to accept cookies, you can edit your browser's options to block cookies or to prompt you before accepting a cookie from the websites you visit.";
  it("reads an opt-out of cookies in browser settings", () => {
    expect(cookiesRefusedInBrowser(said)).toBe(true);
    expect(valuesOf(said, "opt-out")).toEqual(["of cookies, in browser settings"]);
    expect(rate("choice", said).reason).toContain(
      "an opt-out of cookies is offered in browser settings",
    );
  });
  it("leaves alone cookies the company's own browser blocks, and a refusal not the user's", () => {
    const other =
      "Our browser extension may block cookies from trackers on the websites you visit.";
    expect(cookiesRefusedInBrowser(other)).toBe(false);
    expect(valuesOf(other, "opt-out")).toEqual([]);
  });
});
