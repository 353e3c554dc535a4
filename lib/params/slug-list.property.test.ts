import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_ITEMS,
  MAX_RAW_LENGTH,
  parseSlugList,
  partitionKnown,
  slugParamSchema,
} from "./slug-list";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN = ["cookies", "retention", "disputes", "third-parties", "mozy", "code42", "all"];
const HOSTILE = [
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "%00",
  "\u0000",
  "\u202eevil",
  "😀",
  "a_b",
  "-x",
  "x-",
  "a--b",
  "Ｃookies",
  "\u212A",
];

/** One item of a list: a known slug in any case and spacing, a slug-shaped word, a hostile fragment, or anything. */
const item = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc
    .tuple(fc.constantFrom(...KNOWN), fc.constantFrom("", " ", "\t", "\u00a0"), fc.boolean())
    .map(([s, pad, upper]) => pad + (upper ? s.toUpperCase() : s) + pad),
  fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const list = fc
  .array(item, { maxLength: 30 })
  .chain((items) => fc.constantFrom(",", " , ", ",,").map((sep) => items.join(sep)));
const huge = fc
  .tuple(item, fc.integer({ min: 1, max: 12_000 }), fc.constantFrom(",", "", ", "))
  .map(([i, n, sep]) =>
    Array.from({ length: Math.ceil(n / Math.max(1, i.length)) }, () => i).join(sep),
  );
const raw = fc.oneof(
  list,
  huge,
  fc.array(fc.oneof(list, item), { maxLength: 6 }),
  fc.string({ unit: "binary" }),
);

/** The items as the parser sees them: joined, split on commas, trimmed, lower-cased, empties dropped. */
const tokensOf = (value: string | string[]) =>
  (Array.isArray(value) ? value.join(",") : value)
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);

describe("parseSlugList properties", () => {
  it("never throws, whatever it is given, and answers undefined unless given a string or strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), raw), (value) => {
        const parsed = parseSlugList(value);
        const stringy =
          typeof value === "string" ||
          (Array.isArray(value) && value.every((v) => typeof v === "string"));
        expect(parsed === undefined).toBe(!stringy);
      }),
      { numRuns: 500 },
    );
  });

  it("returns only well-formed, unique, lower-case slugs and unique, short malformed values, within the item cap", () => {
    fc.assert(
      fc.property(raw, (value) => {
        const { slugs, malformed } = parseSlugList(value)!;
        for (const s of slugs) expect(SLUG.test(s) && s.length <= 64, s).toBe(true);
        expect(new Set(slugs).size).toBe(slugs.length);
        expect(new Set(malformed).size).toBe(malformed.length);
        for (const m of malformed) expect(m.length).toBeLessThanOrEqual(40);
        expect(slugs.length + malformed.length).toBeLessThanOrEqual(MAX_ITEMS);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps only what the user typed, in first-seen order", () => {
    fc.assert(
      fc.property(raw, (value) => {
        const tokens = tokensOf(value);
        const { slugs, malformed } = parseSlugList(value)!;
        for (const s of slugs) expect(tokens).toContain(s);
        for (const m of malformed) expect(tokens.some((t) => t.slice(0, 40) === m)).toBe(true);
        const firstSeen = slugs.map((s) => tokens.indexOf(s));
        expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
  });

  it("accounts for every item when it does not say it was truncated, and says so when the input is over the caps", () => {
    fc.assert(
      fc.property(raw, (value) => {
        const parsed = parseSlugList(value)!;
        const joinedLength = (Array.isArray(value) ? value.join(",") : value).length;
        if (joinedLength > MAX_RAW_LENGTH) expect(parsed.truncated).toBe(true);
        if (parsed.truncated) return;
        for (const t of tokensOf(value)) {
          const accounted = parsed.slugs.includes(t) || parsed.malformed.includes(t.slice(0, 40));
          expect(accounted, t).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives back the same slugs when its own output is parsed again", () => {
    fc.assert(
      fc.property(raw, (value) => {
        const { slugs } = parseSlugList(value)!;
        expect(parseSlugList(slugs.join(","))).toEqual({ slugs, malformed: [] });
      }),
    );
  });
});

describe("partitionKnown properties", () => {
  it("splits every requested value into exactly one of known or unknown, keeping the request's order", () => {
    fc.assert(
      fc.property(raw, fc.subarray(KNOWN), (value, known) => {
        const requested = parseSlugList(value)!;
        const { valid, unknown } = partitionKnown(requested, known);
        for (const v of valid) expect(known).toContain(v);
        expect(valid).toEqual(requested.slugs.filter((s) => known.includes(s)));
        expect([...valid, ...unknown].sort()).toEqual(
          [...requested.slugs, ...requested.malformed].sort(),
        );
        for (const u of unknown) expect(valid).not.toContain(u);
      }),
    );
  });
});

describe("slugParamSchema properties", () => {
  /** An independent statement of what a slug is. */
  const isSlug = (s: string) =>
    s.length >= 1 &&
    s.length <= 64 &&
    [...s].every((c) => /[a-z0-9-]/.test(c)) &&
    !s.startsWith("-") &&
    !s.endsWith("-") &&
    !s.includes("--");

  it("accepts exactly the lowercase, single-hyphenated slugs of at most 64 characters, and never throws", () => {
    const nearSlug = fc.string({
      unit: fc.constantFrom("a", "z", "0", "9", "-", "A", "_", " ", ".", "/", "%", "é", "\u0000"),
      maxLength: 70,
    });
    fc.assert(
      fc.property(fc.oneof(nearSlug, fc.string({ unit: "binary" }), fc.anything()), (value) => {
        const ok = slugParamSchema.safeParse(value).success;
        expect(ok).toBe(typeof value === "string" && isSlug(value));
      }),
      { numRuns: 1000 },
    );
  });
});
