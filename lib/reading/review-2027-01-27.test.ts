import { describe, expect, it } from "vitest";
import { keptUntilNoBusinessNeed } from "./read-since-2027-01-23";
import { PLACE } from "./read-since-2027-01-04";
import { storagePlacesInOtherWords } from "./read-since-2027-01-24";
import { saidFreeOfCharge } from "./read-since-2027-01-25";
import { optOutOnlyAsConsequence, optOutOnlyAsRequirementDenied } from "./read-since-2027-01-26";
import { SUPPORT_AGENTS } from "./read-since-2027-01-27";

/*
 * A review of the rules written after the re-audits of 2027-01-23/24 and the second reading of
 * 2027-01-25 to 27 found gates narrower than their patterns and guards wider than their words;
 * each case here failed before its fix.
 */
describe("the review of the rules of 2027-01-23 to 27", () => {
  it('reads "when we no longer have a … need" with its article, and any need', () => {
    expect(
      keptUntilNoBusinessNeed(
        "When we no longer have a legitimate business need to process your personal information, we will delete it.",
      ),
    ).toBe("until we no longer have a legitimate business need");
    expect(
      keptUntilNoBusinessNeed(
        "When we have a legitimate business need, we may share your information with partners.",
      ),
    ).toBeNull();
  });

  it("reads only the company's own servers as its storage place, not another's", () => {
    const patterns = storagePlacesInOtherWords(PLACE);
    const others = "Stripe stores payment data on its servers located in the United States.";
    expect(patterns.some((p) => p.test(others))).toBe(false);
    const own =
      "Taboola currently stores User Information in our data centers located in the United States.";
    expect(patterns.some((p) => p.test(own))).toBe(true);
  });

  it("keeps an opt-out whose consequence is the choice to opt back in", () => {
    const before = "If you ";
    expect(
      optOutOnlyAsConsequence(before, "opt out", ", you will be able to opt back in at any time."),
    ).toBe(false);
    expect(
      optOutOnlyAsConsequence(before, "opt out", ", we may not be able to provide some services."),
    ).toBe(true);
  });

  it("reads a denial before a requirement in a short sentence", () => {
    expect(optOutOnlyAsRequirementDenied("We do not sell data that would require an ")).toBe(true);
  });

  it('reads a body "without charge" as free', () => {
    expect(saidFreeOfCharge("You may refer the complaint to the mediator without charge.")).toBe(
      true,
    );
  });

  it("blanks the company's support agents, not any service agents", () => {
    const match = (s: string) => [...s.matchAll(SUPPORT_AGENTS)].map((m) => m[0]);
    expect(match("support agents will not be able to locate the deleted account")).toEqual([
      "support agents",
    ]);
    expect(match("We share your information with our service agents.")).toEqual([]);
    expect(match("customer service agents may read your ticket")).toEqual([
      "customer service agents",
    ]);
  });
});
