import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

describe("legal disclosure: requests answered where the law does not require it", () => {
  it("reads complying with legal requests when no law dictates it as the company's judgement (WeTransfer, Firefox)", () => {
    for (const text of [
      "Legitimate Interests, such as: Complying with regulatory requests, court orders, search warrants, or subpoenas when not specifically dictated by applicable law",
      "Legitimate interest, where not strictly required by law, to support legal or regulatory processes or requests, prevent fraud, and manage and protect our (and our users’) rights, property and/or safety.",
    ]) {
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([
        "disclosure on the company's own judgement",
      ]);
      expect(rate("law-enforcement", text).rating).toBe("concerning");
    }
  });

  it("leaves a user's request the company may refuse, a refusal and requests the law requires alone", () => {
    for (const text of [
      "Please note that in some circumstances, we may not be able to fully comply with your request, such as if it is frivolous or extremely impractical, if it jeopardizes the rights of others, or if it is not required by law.",
      "We do not comply with government requests for user data when they are not required by applicable law.",
      "We comply with court orders and subpoenas where we are required by applicable law.",
    ])
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([]);
  });
});
