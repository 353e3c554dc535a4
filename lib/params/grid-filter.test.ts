import { describe, expect, it } from "vitest";
import { resolveGridFilter, unexpectedParams } from "./grid-filter";

const known = { practices: ["cookies", "retention", "disputes"], companies: ["mozy", "code42"] };

describe("resolveGridFilter", () => {
  it("means everything when the lists are omitted", () => {
    expect(resolveGridFilter({}, known)).toEqual({ ok: true, filter: {} });
  });

  it("reads comma-separated and repeated values, normalised and de-duplicated", () => {
    expect(
      resolveGridFilter({ practices: ["Cookies,disputes", "cookies"], companies: "mozy" }, known),
    ).toEqual({
      ok: true,
      filter: { practices: ["cookies", "disputes"], companies: ["mozy"] },
    });
  });

  it("reads the machine's no-clause-found as a rating of its own, apart from not-addressed", () => {
    expect(resolveGridFilter({ rating: "no-clause-found" }, known)).toEqual({
      ok: true,
      filter: { ratings: ["no-clause-found"] },
    });
    expect(resolveGridFilter({ rating: "awful" }, known)).toEqual({
      ok: false,
      error:
        "Unknown rating: awful. Ratings are protective, neutral, concerning, not-addressed, no-clause-found.",
    });
  });

  it("names unknown and malformed slugs and lists the known ones", () => {
    const r = resolveGridFilter({ companies: "mozy,acme,<b>" }, known);
    expect(r).toEqual({
      ok: false,
      error: "Unknown companies: acme, <b>. Known companies: mozy, code42.",
    });
  });

  it("names the curated companies and where the rest are listed, when listing all would not help", () => {
    const many = {
      ...known,
      companies: ["code42", "mozy", ...Array.from({ length: 300 }, (_, i) => `service-${i}`)],
      curatedCompanies: ["code42", "mozy"],
    };
    expect(resolveGridFilter({ companies: "acme" }, many)).toEqual({
      ok: false,
      error:
        "Unknown companies: acme. 302 companies are known: see /api/companies (the curated ones: code42, mozy).",
    });
  });

  it("refuses a list that is present but empty", () => {
    expect(resolveGridFilter({ practices: " , " }, known)).toEqual({
      ok: false,
      error: "practices is empty; omit it to include all practices.",
    });
  });
});

describe("unexpectedParams", () => {
  it("is null when every parameter is allowed", () => {
    expect(unexpectedParams({ q: "x", limit: "3" }, ["q", "limit"])).toBeNull();
  });

  it("says a route takes no parameters when it allows none", () => {
    expect(unexpectedParams({ x: "1" }, [])).toBe(
      "Unknown parameter(s): x. This endpoint takes no parameters.",
    );
  });

  it("names the unexpected parameters and the allowed ones", () => {
    expect(unexpectedParams({ q: "x", page: "2", sort: "a" }, ["q", "companies", "limit"])).toBe(
      "Unknown parameter(s): page, sort. Use q, companies and limit.",
    );
  });
});
