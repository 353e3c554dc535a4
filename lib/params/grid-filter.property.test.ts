import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveGridFilter, unexpectedParams } from "./grid-filter";
import { parseSlugList } from "./slug-list";

const PRACTICES = ["cookies", "retention", "disputes", "third-parties"];
const COMPANIES = ["mozy", "code42", "ibackup"];
const item = fc.oneof(
  fc.constantFrom(...PRACTICES, ...COMPANIES, "all", "nope", "a_b", "<script>", "MOZY", " mozy "),
  fc.string({ unit: "binary", maxLength: 30 }),
);
const list = fc.oneof(
  fc.array(item, { maxLength: 8 }).map((xs) => xs.join(",")),
  fc.array(
    fc.array(item, { maxLength: 4 }).map((xs) => xs.join(",")),
    { minLength: 1, maxLength: 3 },
  ),
  fc.constantFrom("x".repeat(12_000), "mozy,".repeat(600)),
);
const ratingList = fc.oneof(
  list,
  fc
    .subarray(["protective", "neutral", "concerning", "not-addressed", "no-clause-found"])
    .map((xs) => xs.join(",")),
);
const query = fc.record(
  { practices: list, companies: list, rating: ratingList },
  { requiredKeys: [] },
);

describe("resolveGridFilter properties", () => {
  it("never throws; accepts only known slugs, de-duplicated and non-empty; otherwise names the problem", () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = resolveGridFilter(q, { practices: PRACTICES, companies: COMPANIES });
        if (!r.ok) {
          expect(r.error).toMatch(
            /^(Unknown (practices|companies|rating): |(practices|companies|rating) is (empty|too long))/,
          );
          return;
        }
        for (const [key, known] of [
          ["practices", PRACTICES],
          ["companies", COMPANIES],
        ] as const) {
          const values = r.filter[key];
          const parsed = parseSlugList(q[key]);
          const everything =
            key === "practices" && parsed?.slugs.join() === "all" && !parsed.malformed.length;
          if (q[key] === undefined || everything) {
            expect(values).toBeUndefined();
            continue;
          }
          expect(values!.length).toBeGreaterThan(0);
          expect(new Set(values).size).toBe(values!.length);
          for (const v of values!) expect(known).toContain(v);
          expect(values).toEqual(parseSlugList(q[key])!.slugs);
        }
        if (q.rating === undefined) expect(r.filter.ratings).toBeUndefined();
        else {
          const asked = parseSlugList(q.rating)!.slugs;
          expect(r.filter.ratings!.length).toBeGreaterThan(0);
          for (const rating of r.filter.ratings!) expect(asked).toContain(rating);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("names every unknown value it refuses", () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = resolveGridFilter(q, { practices: PRACTICES, companies: COMPANIES });
        if (r.ok || !/^Unknown (practices|companies)/.test(r.error)) return;
        const key = r.error.startsWith("Unknown practices") ? "practices" : "companies";
        const parsed = parseSlugList(q[key])!;
        const known = key === "practices" ? PRACTICES : COMPANIES;
        for (const v of [...parsed.slugs.filter((s) => !known.includes(s)), ...parsed.malformed])
          expect(r.error).toContain(v);
      }),
    );
  });
});

describe("unexpectedParams properties", () => {
  it("answers null exactly when every key is allowed, and otherwise names each other key (shortened)", () => {
    const allowed = ["q", "companies", "practices", "limit"];
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(fc.constantFrom(...allowed), fc.string({ unit: "binary", maxLength: 60 })),
        ),
        (keys) => {
          const query = Object.fromEntries(keys.map((k) => [k, "1"]));
          const message = unexpectedParams(query, allowed);
          const others = Object.keys(query).filter((k) => !allowed.includes(k));
          if (!others.length) expect(message).toBeNull();
          else for (const k of others) expect(message).toContain(k.slice(0, 40));
        },
      ),
    );
  });
});
