import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_LIMIT, parseSearchApiParams } from "./search-api-params";

describe("parseSearchApiParams", () => {
  it("accepts a query and applies the default limit", () => {
    expect(parseSearchApiParams({ q: "arbitration" })).toEqual({
      ok: true,
      params: { q: "arbitration", limit: DEFAULT_SEARCH_LIMIT },
    });
  });

  it("accepts limits from 1 to 100", () => {
    expect(parseSearchApiParams({ q: "x", limit: "1" })).toMatchObject({
      ok: true,
      params: { limit: 1 },
    });
    expect(parseSearchApiParams({ q: "x", limit: "100" })).toMatchObject({
      ok: true,
      params: { limit: 100 },
    });
  });

  it.each(["0", "101", "-1", "2.5", "ten", "", " 5", "1e2", "0x10", "99999999999999999999"])(
    "refuses limit=%j",
    (limit) => {
      const r = parseSearchApiParams({ q: "x", limit });
      expect(r).toEqual({ ok: false, error: "limit must be a whole number from 1 to 100." });
    },
  );

  it("accepts perCompany from 1 to 20 and refuses anything else", () => {
    expect(parseSearchApiParams({ q: "x", perCompany: "2" })).toMatchObject({
      ok: true,
      params: { perCompany: 2 },
    });
    expect(parseSearchApiParams({ q: "x" })).toMatchObject({
      ok: true,
      params: { perCompany: undefined },
    });
    for (const perCompany of ["0", "21", "-1", "2.5", "all", "", "001"])
      expect(parseSearchApiParams({ q: "x", perCompany })).toEqual({
        ok: false,
        error: "perCompany must be a whole number from 1 to 20.",
      });
  });

  it("requires q, once, with something in it", () => {
    expect(parseSearchApiParams({})).toEqual({ ok: false, error: "q is required." });
    expect(parseSearchApiParams({ q: "   " })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^q is empty/),
    });
    expect(parseSearchApiParams({ q: ["a", "b"] })).toEqual({
      ok: false,
      error: "Give q only once.",
    });
    expect(parseSearchApiParams({ q: "a", limit: ["1", "2"] })).toEqual({
      ok: false,
      error: "Give limit only once.",
    });
  });

  it("shortens an over-long q instead of refusing it", () => {
    const r = parseSearchApiParams({ q: "a ".repeat(1000) });
    expect(r.ok && r.params.q.length).toBeLessThanOrEqual(200);
  });
});
