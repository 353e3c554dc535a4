import { describe, expect, it } from "vitest";
import { isBlankQuery } from "./blank-query";

describe("isBlankQuery", () => {
  it("is true of a query of invisible characters or empty quotes", () => {
    for (const q of ["", "\u200B", "\uFEFF\u2060", "\u200E \u200F", "\u3164", '""', '" \u200B "'])
      expect(isBlankQuery(q), JSON.stringify(q)).toBe(true);
  });

  it("is false of a query with anything to see, punctuation included", () => {
    for (const q of ["a", "\u200Bcookies", '"third parties"', "-", "'", "é", "数据"])
      expect(isBlankQuery(q), JSON.stringify(q)).toBe(false);
  });
});
