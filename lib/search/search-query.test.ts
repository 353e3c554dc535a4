import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START } from "./highlight";
import { MAX_QUERY_LENGTH, normaliseSearchQuery } from "./search-query";

describe("normaliseSearchQuery", () => {
  it("trims and collapses whitespace", () => {
    expect(normaliseSearchQuery("  third \n\t parties ")).toEqual({
      q: "third parties",
      truncated: false,
    });
  });

  it("removes control characters, NUL included, and the highlight markers", () => {
    expect(normaliseSearchQuery(`a\u0000b${HIT_START}c${HIT_END}\u007f`).q).toBe("a b c");
  });

  it("keeps search syntax and SQL-looking text for the database to treat as words", () => {
    expect(normaliseSearchQuery('"safe harbor" -truste or cookies').q).toBe(
      '"safe harbor" -truste or cookies',
    );
    expect(normaliseSearchQuery("'; DROP TABLE clause; --").q).toBe("'; DROP TABLE clause; --");
  });

  it("turns typographic double quotes into the phrase quote", () => {
    expect(normaliseSearchQuery("“third parties” «safe harbor»").q).toBe(
      '"third parties" "safe harbor"',
    );
  });

  it("shortens a very long query at a word boundary and says so", () => {
    const { q, truncated } = normaliseSearchQuery("privacy ".repeat(300));
    expect(truncated).toBe(true);
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.endsWith("privacy")).toBe(true);
  });

  it("cuts a long query without spaces at the limit", () => {
    const { q, truncated } = normaliseSearchQuery("x".repeat(2000));
    expect(truncated).toBe(true);
    expect(q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("never leaves half of a surrogate pair at the cut", () => {
    const { q } = normaliseSearchQuery(`${"a".repeat(MAX_QUERY_LENGTH - 1)}😀😀`);
    expect(q).toBe("a".repeat(MAX_QUERY_LENGTH - 1));
  });

  it("reads the first of repeated values and turns anything else into an empty query", () => {
    expect(normaliseSearchQuery(["cookies", "retention"]).q).toBe("cookies");
    expect(normaliseSearchQuery(undefined)).toEqual({ q: "", truncated: false });
    expect(normaliseSearchQuery(42).q).toBe("");
  });
});
