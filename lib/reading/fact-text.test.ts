import { describe, expect, it } from "vitest";
import { extractFacts, FACT_EXTRACTORS, type FactKind } from "./extract-facts";
import { factLabel, factText } from "./fact-text";

const lineOf = (sentence: string, kind: FactKind) => {
  const fact = extractFacts([sentence]).find((f) => f.kind === kind);
  return fact ? factText(fact) : undefined;
};

describe("factText: facts in plain words, on Spotify's sentences", () => {
  it("names tracking by third parties, not the code third-party-tracking", () => {
    expect(
      lineOf(
        // Not the sentence that defines the term ("This is also known as interest based
        // advertising, …"): a definition states no tracking (extract-facts.test.ts).
        "Spotify and our partners may use this data to deliver interest based advertising on other websites.",
        "third-party-tracking",
      ),
    ).toBe("Tracking by third parties: interest based advertising");
  });

  it("names the signal itself, Global Privacy Control, as the label", () => {
    const fact = extractFacts([
      "You can also visit our services via a browser with a recognized opt-out preference signal enabled, such as the Global Privacy Control (GPC).",
    ]).find((f) => f.kind === "do-not-track")!;
    expect(factLabel(fact)).toEqual({ label: "Global Privacy Control", detail: "honoured" });
  });

  it("says deletion on closing the account as a sentence", () => {
    expect(
      lineOf("We keep some data until your Spotify account is deleted.", "retention-deletion"),
    ).toBe("Deleted when the account is closed");
  });

  it("says a retention period with what it applies to", () => {
    expect(
      lineOf(
        "For example, personal data you may input as part of search queries is deleted after 90 days.",
        "retention-period",
      ),
    ).toBe("Retention period: search queries deleted after 90 days");
  });
});

describe("factText for every kind", () => {
  it("never shows a kind's code, and starts with a capital", () => {
    for (const { kind } of FACT_EXTRACTORS) {
      const text = factText({ kind, value: "a value" });
      expect(text, kind).not.toContain(kind);
      expect(text, kind).not.toMatch(/^[a-z]/);
    }
  });

  it("reads a kind it does not know (stored before it had words) as its value", () => {
    expect(factText({ kind: "some-future-kind", value: "kept for a while" })).toBe(
      "Kept for a while",
    );
  });
});
