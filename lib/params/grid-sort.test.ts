import { describe, expect, it } from "vitest";
import { parseGridSort } from "./grid-sort";

const practices = ["cookies", "retention"];

describe("parseGridSort", () => {
  it("reads name, date, and a practice", () => {
    expect(parseGridSort(undefined, practices)).toEqual({ ok: true, sort: "name" });
    expect(parseGridSort("Date", practices)).toEqual({ ok: true, sort: "date" });
    expect(parseGridSort(["cookies", "name"], practices)).toEqual({
      ok: true,
      sort: { practice: "cookies" },
    });
  });

  it("reads /companies' sort=recorded as the same order", () => {
    expect(parseGridSort("recorded", practices)).toEqual({ ok: true, sort: "date" });
  });

  it("names the choices for anything else", () => {
    const r = parseGridSort("size", practices);
    expect(r).toEqual({
      ok: false,
      error: 'sort must be name, date or a practice slug (most protective first), not "size".',
    });
  });
});
