import { describe, expect, it } from "vitest";
import { rate } from "./audit-test-helpers";
import { PRACTICE_SLUGS, type PracticeSlug } from "./practice-slugs";
import { RULES_IN_BRIEF } from "./rules-in-brief";

/*
 * The brief /analyze shows ("what would change a suggested rating") must say what the rules do:
 * each line has a policy sentence of its kind here, rated as it says. A rule changed without
 * its line fails here.
 */
const EXAMPLES: Partial<Record<PracticeSlug, { protective?: string[]; concerning?: string[] }>> = {
  cookies: {
    protective: [
      "We only use session cookies that are strictly necessary for the service to work.",
    ],
    concerning: [
      "We allow third-party advertising networks to place cookies on your device to track your activity across websites.",
    ],
  },
  retention: {
    protective: [
      "We keep server logs for 30 days.",
      "When you close your account, we delete your personal data.",
    ],
    concerning: ["We may retain your personal information indefinitely."],
  },
  disputes: {
    protective: [
      "If we cannot resolve your complaint, you may contact TRUSTe, free of charge.",
      "You also have the right to lodge a complaint with your data protection authority.",
    ],
    concerning: [
      "Any dispute will be resolved by binding arbitration, and you waive any right to participate in a class action.",
      "If you are located in the European Economic Area, you have the right to lodge a complaint with a supervisory authority.",
    ],
  },
  "third-parties": {
    protective: [
      "We do not sell personal information, nor aggregated or de-identified information.",
      "Our service providers are bound by contract to keep your data confidential.",
      "We use Stripe to process your payments.",
    ],
    concerning: ["We may sell your personal information to data brokers."],
  },
  use: {
    concerning: ["We share your information with advertisers for their own marketing purposes."],
  },
  access: {
    protective: [
      "You can access and correct your personal data in your account settings.",
      "You may request that we delete your personal data.",
    ],
  },
  security: { protective: ["Your messages are end-to-end encrypted."] },
  "policy-changes": {
    protective: [
      "We will notify you by email at least 30 days before any change to this policy takes effect.",
    ],
    concerning: ["We may change this privacy policy at any time without notice."],
  },
  "business-transfer": {
    concerning: [
      "If we are acquired or merge with another company, your information may be transferred to the new owner as a business asset.",
    ],
  },
  "law-enforcement": {
    protective: [
      "We disclose personal data to authorities only when we receive a valid subpoena or court order.",
    ],
    concerning: [
      "We may disclose your information to law enforcement if we believe in good faith that disclosure is appropriate.",
    ],
  },
};

describe("what would change a suggested rating, in brief", () => {
  for (const practice of PRACTICE_SLUGS) {
    const brief = RULES_IN_BRIEF[practice];
    for (const rating of ["protective", "concerning"] as const) {
      const said = brief[rating];
      it(`${practice}: ${said ? `${rating} when ${said}` : `no rule makes it ${rating}`}`, () => {
        const example = EXAMPLES[practice]?.[rating];
        if (!said) {
          expect(example, "an example for a line the brief does not have").toBeUndefined();
          return;
        }
        expect(example, "each line of the brief needs its example").toBeDefined();
        expect(rate(practice, example!, undefined, example!.length).rating).toBe(rating);
      });
    }
  }

  it("retention: a period over a year beside them keeps it from protective ('and none longer')", () => {
    const said = [...EXAMPLES.retention!.protective!, "We keep invoices for 6 years."];
    expect(rate("retention", said, undefined, said.length).rating).toBe("neutral");
  });
});
