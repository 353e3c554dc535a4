import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import weights from "./model/weights.json" with { type: "json" };
import { decodeFloats } from "./model-file";
import { readPolicy } from "./ingest";
import { indexVocabulary, pairIndex, vectorize, vectorizeIndexed } from "./vectorize";

const vocabulary = new Map(weights.vocabulary.map((t, i) => [t, i] as const));
const idf = decodeFloats(weights.idf);
const options = weights.features;

describe("vectorizeIndexed", () => {
  it("gives vectorize's vector, bit for bit, on every clause of the 40 kB bench policy", () => {
    const file = path.join(import.meta.dirname, "../../scripts/bench/fixtures/policy-40k.md");
    const { clauses } = readPolicy(readFileSync(file), "markdown");
    const index = indexVocabulary(vocabulary);
    const texts = [
      ...clauses.map((c) => c.text),
      // Pairs and keywords at the edges: one token, a repeated pair, an email and a number.
      "cookies",
      "we share data and we share data with partners",
      "Write to privacy@example.com within 30 days; 2024 was a year.",
      "",
    ];
    for (const text of texts) {
      const a = vectorize(text, vocabulary, idf, options);
      const b = vectorizeIndexed(text, index, idf, options);
      expect(Array.from(b.index), text).toEqual(Array.from(a.index));
      expect(Array.from(b.value), text).toEqual(Array.from(a.value));
    }
    expect(texts.length).toBeGreaterThan(100);
  });

  it("finds a pair through its first word, and nothing for a pair the vocabulary lacks", () => {
    const index = indexVocabulary(
      new Map([
        ["share", 0],
        ["share_data", 1],
        ["data", 2],
      ]),
    );
    expect(pairIndex(index, "share", "data")).toBe(1);
    expect(pairIndex(index, "data", "share")).toBeUndefined();
    expect(pairIndex(index, "share", "cookies")).toBeUndefined();
  });
});
