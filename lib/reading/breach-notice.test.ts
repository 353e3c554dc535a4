import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { rate, valuesOf } from "./audit-test-helpers";

describe("security: users told of a breach", () => {
  it("reads who is told, whether only as the law requires, and when (policies' own sentences)", () => {
    const cases: Array<[string, string]> = [
      [
        "We will notify you and any applicable regulator of a suspected data security breach where we are legally required to do so.",
        "users are told of a breach where the law requires",
      ],
      [
        "If we learn of a data breach, we will notify all affected users within 72 hours of discovery.",
        "users are told of a breach, within 72 hours",
      ],
      [
        "Where the breach is likely to result in a high risk to your rights and freedoms, Dune will also notify affected individuals without undue delay.",
        "users are told of a breach, without undue delay",
      ],
      [
        "If we learn of a security breach, we may attempt to notify you electronically so that you can take appropriate protective steps.",
        "users may be told of a breach",
      ],
    ];
    for (const [text, value] of cases)
      expect(valuesOf(text, "breach-notice"), text).toEqual([value]);
  });

  it("says it beside the safeguards' rating, which it does not move", () => {
    const told =
      "If we learn of a data breach, we will notify all affected users within 72 hours of discovery.";
    expect(rate("security", ["All our data is encrypted at rest.", told])).toMatchObject({
      rating: "neutral",
      reason:
        "neutral: safeguards are stated (encrypted at rest); users are told of a breach, within 72 hours",
    });
    expect(rate("security", told).reason).toBe(
      "neutral: users are told of a breach, within 72 hours",
    );
  });

  it("leaves a user told to notify the company, a breach of terms and a disclaimer alone", () => {
    for (const text of [
      "Also, please notify us in the event you suspect any unauthorized use of your account or any other breach of security via our Contact Form.",
      "For example, we reserve the right to inform the subscription holder if you are using our content in breach of the terms and conditions of our Sites.",
      "Please be aware that no security system can prevent all potential security breaches.",
    ])
      expect(valuesOf(text, "breach-notice"), text).toEqual([]);
  });

  it("shows the first fact of each kind before more of one kind, so the cap does not hide a breach notice", () => {
    const encrypted = Array.from(
      { length: 14 },
      (_, i) => `Recordings of kind ${i + 1} are encrypted at rest and in transit.`,
    );
    const text = [
      "# Security",
      ...encrypted,
      "If we learn of a data breach, we will notify all affected users within 72 hours of discovery.",
    ].join("\n\n");
    const security = analyzePolicy(text).findings.find((f) => f.practice === "security")!;
    expect(security.facts.map((f) => f.kind)).toContain("breach-notice");
    expect(security.facts).toHaveLength(12);
  });
});
