import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageOrFirst, parsePageNumber } from "./page-number";

describe("parsePageNumber", () => {
  it("reads every whole number from 1 to MAX_PAGE written in digits, and the first of repeats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_PAGE }), (n) => {
        expect(parsePageNumber(String(n))).toEqual({ ok: true, page: n });
        expect(parsePageNumber([String(n), "2"])).toEqual({ ok: true, page: n });
      }),
    );
  });

  it("refuses anything that is not plain digits in range, and says absence apart", () => {
    expect(parsePageNumber(undefined)).toBeNull();
    for (const raw of ["", "0", "-1", "+2", " 2", "2 ", "1.0", "1e3", "0x2", "NaN", "２", "100001"])
      expect(parsePageNumber(raw), JSON.stringify(raw)).toMatchObject({ ok: false });
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (raw) => {
        const parsed = parsePageNumber(raw);
        const valid = /^[0-9]+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_PAGE;
        expect(parsed?.ok).toBe(valid);
        if (parsed && !parsed.ok) expect(parsed.raw.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("pageOrFirst", () => {
  it("always yields a page from 1 to the last page", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 200 }).map(String)),
        fc.integer({ min: 0, max: 50 }),
        (raw, pageCount) => {
          const page = pageOrFirst(raw, pageCount);
          expect(Number.isInteger(page)).toBe(true);
          expect(page).toBeGreaterThanOrEqual(1);
          expect(page).toBeLessThanOrEqual(Math.max(1, pageCount));
        },
      ),
    );
  });
});
