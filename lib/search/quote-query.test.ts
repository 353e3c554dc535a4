import { describe, expect, it } from "vitest";
import { quoteQuery } from "./quote-query";

describe("quoteQuery", () => {
  it("wraps words in curly quotes", () => {
    expect(quoteQuery("arbitration")).toBe("“arbitration”");
  });

  it("does not quote a quoted phrase twice, but keeps quotes inside longer queries", () => {
    expect(quoteQuery('"third parties"')).toBe("“third parties”");
    expect(quoteQuery('"safe harbor" -truste')).toBe('“"safe harbor" -truste”');
  });
});
