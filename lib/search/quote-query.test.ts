import { describe, expect, it } from "vitest";
import { holdsQuotes, quoteQuery } from "./quote-query";

describe("quoteQuery", () => {
  it("wraps words in curly quotes", () => {
    expect(quoteQuery("arbitration")).toBe("“arbitration”");
  });

  it("does not quote a quoted phrase twice", () => {
    expect(quoteQuery('"third parties"')).toBe("“third parties”");
  });

  it("gives a query holding a phrase beside other words no quotes around its own, made curly", () => {
    expect(quoteQuery('"safe harbor" -truste')).toBe("“safe harbor” -truste");
    expect(quoteQuery('opt "do not track" "third parties"')).toBe(
      "opt “do not track” “third parties”",
    );
  });
});

describe("holdsQuotes", () => {
  it("is true only for quotes beside other words", () => {
    expect(holdsQuotes('"third parties" -advertising')).toBe(true);
    expect(holdsQuotes('"third parties"')).toBe(false);
    expect(holdsQuotes("third parties")).toBe(false);
  });
});
