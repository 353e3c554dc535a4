import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { latestVersion } from "../corpus/read-history";
import { readMachinePolicy } from "../corpus/machine-reading";
import { practiceCoverage, mayNotBePrivacyPolicy, termsOpening } from "./practice-coverage";

const tagged = (...practices: string[][]) => practices.map((p) => ({ practices: p }));

describe("practiceCoverage / mayNotBePrivacyPolicy", () => {
  it("counts the clauses with any practice assigned", () => {
    expect(practiceCoverage(tagged(["cookies"], [], ["use", "collection"], []))).toEqual({
      clauses: 4,
      speaking: 2,
    });
  });

  it("holds a text to one clause in five speaking to a practice", () => {
    expect(mayNotBePrivacyPolicy({ clauses: 10, speaking: 2 })).toBe(false);
    expect(mayNotBePrivacyPolicy({ clauses: 10, speaking: 1 })).toBe(true);
    expect(mayNotBePrivacyPolicy({ clauses: 16, speaking: 0 })).toBe(true);
    // Nothing to judge: an empty text is refused before it is read.
    expect(mayNotBePrivacyPolicy({ clauses: 0, speaking: 0 })).toBe(false);
  });

  // The stored texts themselves, read as the seed reads them: a documentation landing page and a
  // service's terms stored as its privacy policy, beside a short real notice and a long policy.
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const coverageOf = (slug: string) => {
    const stored = readFileSync(path.join(ROOT, "seeds/corpus/history", `${slug}.jsonl.br`));
    const reading = readMachinePolicy(latestVersion(stored).text);
    return practiceCoverage(
      reading.clauses.map((c) => ({ practices: c.tags.map((t) => t.practice), text: c.text })),
    );
  };
  it.each(["base", "kbin", "flutterwave", "swiss-post", "aetna", "google-shopping"])(
    "reads %s's stored text as something other than a privacy policy",
    (slug) => expect(mayNotBePrivacyPolicy(coverageOf(slug))).toBe(true),
  );
  it.each(["stadia", "valueimpression", "signal", "deliveroo"])(
    "reads %s's stored text as a privacy policy",
    (slug) => expect(mayNotBePrivacyPolicy(coverageOf(slug))).toBe(false),
  );

  it("reads a text that opens by naming itself terms, with no word of privacy there", () => {
    expect(
      termsOpening([
        "Last updated: August 20, 2026",
        "Read these terms and conditions (this “Agreement”) for important information about our text alert services (“Aetna® text alerts”).",
      ]),
    ).toBe("Read these terms and conditions (this “Agreement”) for important information");
    // Aetna's text-alert terms: a third of their clauses touch a practice, so only their opening tells.
    expect(coverageOf("aetna").termsOpening).toMatch(/^Read these terms and conditions/);
    for (const opening of [
      [
        "This Privacy Policy is incorporated into our Terms of Service. By using the service you agree to these terms.",
      ],
      [
        "We may use cookies to apply our Terms of Use. See these Terms of Use for other ways to get our content.",
      ],
    ])
      expect(termsOpening(opening), opening[0]).toBeUndefined();
  });
});
