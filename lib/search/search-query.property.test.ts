import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START } from "./highlight";
import { MAX_QUERY_LENGTH, normaliseSearchQuery } from "./search-query";

const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      "a",
      " ",
      "\t",
      "\n",
      "\u0000",
      "\u001f",
      "\u007f",
      "“",
      "”",
      "«",
      "»",
      HIT_START,
      HIT_END,
      "😀",
      "\uD83D",
      "-",
      '"',
    ),
    maxLength: 400,
  }),
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.integer({ min: 10, max: 2_000 }))
    .map(([w, n]) => Array(n).fill(w).join(" ")),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "!(&|:*<->)",
    "a & b | !c",
    "\u202Eevil",
  ),
);

describe("normaliseSearchQuery properties", () => {
  it("never throws, and turns anything that is not a string (or a list starting with one) into an empty query", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), text, fc.array(text)), (raw) => {
        const { q, truncated } = normaliseSearchQuery(raw);
        const value = Array.isArray(raw) ? raw[0] : raw;
        if (typeof value !== "string")
          expect({ q, truncated }).toEqual({ q: "", truncated: false });
      }),
      { numRuns: 500 },
    );
  });

  it("returns tidy text: no control characters, highlight markers or curly quotes, single spaces, at most the length cap", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { q, truncated } = normaliseSearchQuery(raw);
        expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(q).not.toMatch(
          /[\u0000-\u001f\u007f\uE000\uE001\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/,
        );
        expect(q).toBe(q.trim());
        expect(q).not.toMatch(/\s\s/);
        // Shortening never splits a surrogate pair (a URL cannot carry a lone one in the first place).
        if (truncated) expect(q).not.toMatch(/[\uD800-\uDBFF]$/);
      }),
      { numRuns: 500 },
    );
  });

  it("only shortens what is too long, keeping its start, and is stable when applied again", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { q, truncated } = normaliseSearchQuery(raw);
        const tidy = raw
          .replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, " ")
          .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
          .replace(/\s+/g, " ")
          .trim();
        expect(truncated).toBe(tidy.length > MAX_QUERY_LENGTH);
        if (!truncated) expect(q).toBe(tidy);
        else expect(tidy.startsWith(q)).toBe(true);
        expect(normaliseSearchQuery(q)).toEqual({ q, truncated: false });
      }),
      { numRuns: 500 },
    );
  });
});
