import { describe, expect, it } from "vitest";
import { clauseHref } from "./clause-href";

describe("clauseHref", () => {
  it("links to the clause's anchor on its company page", () => {
    expect(clauseHref("mozy", "privacy-complaints-84f6cb")).toBe(
      "/companies/mozy#privacy-complaints-84f6cb",
    );
  });

  it("carries the finding whose quotes to mark, or the search to mark, in the query", () => {
    expect(clauseHref("mozy", "a-1", { finding: "retention" })).toBe(
      "/companies/mozy?finding=retention#a-1",
    );
    expect(clauseHref("mozy", "a-1", { q: '"safe harbor" & more' })).toBe(
      "/companies/mozy?q=%22safe%20harbor%22%20%26%20more#a-1",
    );
  });
});
