import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readingGates } from "./extract-facts";
import { readPolicy } from "./ingest";
import { analyzePolicy } from "./analyze-policy";
import { neededTrigrams, screening, SentenceTrigrams } from "./necessary-trigrams";
import { sentencesOf } from "./sentences";

/** The bench policy and the five seeds: real sentences of many kinds. */
const ROOT = path.resolve(import.meta.dirname, "../..");
const REAL_POLICIES = [
  path.join(ROOT, "scripts/bench/fixtures/policy-40k.md"),
  ...readdirSync(path.join(ROOT, "seeds/policies")).map((f) =>
    path.join(ROOT, "seeds/policies", f),
  ),
];

const mayMatch = (re: RegExp, sentence: string) => {
  const trigrams = new SentenceTrigrams();
  trigrams.load(sentence);
  return trigrams.mayMatch(neededTrigrams(re));
};

describe("neededTrigrams", () => {
  it("rules out a sentence without the words, and keeps one with them in any case", () => {
    expect(mayMatch(/\bchildren\b/i, "We do not knowingly collect data from CHILDREN.")).toBe(true);
    expect(mayMatch(/\bchildren\b/i, "We do not knowingly collect data from kids.")).toBe(false);
  });

  it("needs nothing from what may be absent: optional letters, groups and quantifiers from zero", () => {
    expect(mayMatch(/colou?r/, "color")).toBe(true);
    expect(mayMatch(/colou?r/, "colour")).toBe(true);
    expect(mayMatch(/(?:abc)?def/, "def")).toBe(true);
    expect(mayMatch(/(?:abc)*def/, "def")).toBe(true);
    expect(mayMatch(/(?:abc){0,2}def/, "xdefx")).toBe(true);
    expect(mayMatch(/(?:abc)?def/, "abc")).toBe(false);
  });

  it("reads around classes, sets and assertions without taking them for letters", () => {
    expect(mayMatch(/reorgani[sz]ation/i, "a Reorganisation")).toBe(true);
    expect(mayMatch(/reorgani[sz]ation/i, "a reorganization")).toBe(true);
    expect(mayMatch(/reorgani[sz]ation/i, "an organ")).toBe(false);
    expect(mayMatch(/(?<!\bnot )\bsell\b/i, "we do not sell it")).toBe(true);
    expect(mayMatch(/share(?= with)/i, "we share with")).toBe(true);
    expect(mayMatch(/opt.{0,20}out/i, "you may opt - out")).toBe(true);
    expect(mayMatch(/opt.{0,20}out/i, "an option")).toBe(false); // both "opt" and "out" are needed
  });

  it("lets everything through when an alternative needs fewer than three letters in a row", () => {
    expect(neededTrigrams(/\b(we|personal data)\b/i)).toBeNull();
    expect(neededTrigrams(/\w+/)).toBeNull();
    expect(neededTrigrams(/(?!)/)).toBeNull();
  });

  it("matches a case-sensitive capital against the sentence's lower case", () => {
    expect(mayMatch(/\bGPC\b/, "We honour GPC signals.")).toBe(true);
    expect(mayMatch(/\bGPC\b/, "We honour gpc signals.")).toBe(true); // a pass, never a wrong miss
  });

  it("gives up under the u flag with i, where letters also match non-ASCII forms", () => {
    expect(new RegExp("s", "iu").test("ſ")).toBe(true);
    expect(neededTrigrams(/\bsale\b/iu)).toBeNull();
    expect(neededTrigrams(/\bsale\b/u)).not.toBeNull();
  });

  it("keeps a long alternation necessary when it coarsens it", () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${String(i).padStart(3, "0")}x`);
    const re = new RegExp(`\\b(?:${words.join("|")})\\b`, "i");
    expect(neededTrigrams(re)).not.toBeNull();
    for (const w of words) expect(mayMatch(re, `a ${w.toUpperCase()} b`)).toBe(true);
  });

  it("never rules out a sentence a rule's gate matches, over every gate and real policies' sentences", () => {
    const sentences = REAL_POLICIES.flatMap((file) =>
      readPolicy(readFileSync(file), "markdown").clauses.flatMap((c) =>
        Array.from(sentencesOf(c.text), (s) => s.text),
      ),
    );
    expect(sentences.length).toBeGreaterThan(500);
    const gates = readingGates();
    const filters = gates.map(neededTrigrams);
    expect(filters.filter((f) => f !== null).length).toBeGreaterThan(gates.length * 0.9);
    const trigrams = new SentenceTrigrams();
    let hits = 0;
    let ruledOut = 0;
    const wrong: string[] = [];
    for (const sentence of sentences) {
      trigrams.load(sentence);
      gates.forEach((gate, i) => {
        const may = trigrams.mayMatch(filters[i]!);
        if (gate.test(sentence)) {
          hits++;
          if (!may) wrong.push(`${gate.source.slice(0, 60)} on ${sentence.slice(0, 60)}`);
        } else if (!may) ruledOut++;
      });
    }
    expect(wrong).toEqual([]);
    expect(hits).toBeGreaterThan(1000);
    // The point of it: most tests are settled without running the expression.
    expect(ruledOut).toBeGreaterThan(sentences.length * gates.length * 0.7);
  });
});

describe("screening", () => {
  it("changes nothing a reading finds: every fact and probability of real policies, read both ways", () => {
    for (const file of REAL_POLICIES) {
      const text = readFileSync(file);
      const screened = analyzePolicy(text, { format: "markdown" });
      screening.on = false;
      try {
        expect(analyzePolicy(text, { format: "markdown" })).toEqual(screened);
      } finally {
        screening.on = true;
      }
      expect(screened.findings.some((f) => f.facts.length > 0)).toBe(true);
    }
  });
});
