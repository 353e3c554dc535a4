import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MayNotBePolicyNote } from "@/components/may-not-be-policy-note";

const note = (coverage: { clauses: number; speaking: number; termsOpening?: string }) =>
  renderToStaticMarkup(
    createElement(MayNotBePolicyNote, {
      coverage,
      company: { name: "Aetna", sourceUrl: null },
    }),
  ).replace(/<[^>]+>/g, "");

describe("the note on a text that opens by naming itself terms", () => {
  it("quotes the opening, where enough clauses speak to a practice that the count says nothing", () => {
    const text = note({
      clauses: 42,
      speaking: 14,
      termsOpening: "Read these terms and conditions (this “Agreement”) for important information",
    });
    expect(text).toContain("This may not be Aetna’s privacy policy.");
    expect(text).toContain(
      "Its opening names it terms, not a privacy policy (“Read these terms and conditions (this “Agreement”) for important information…”), and says nothing of privacy",
    );
    expect(text).not.toContain("speak to any of the 14 practices");
  });
  it("gives the count where few clauses speak, terms or not", () => {
    expect(
      note({ clauses: 20, speaking: 1, termsOpening: "agree to the following terms" }),
    ).toContain("Only 1 of the 20 clauses recorded here speaks to any of the 14 practices");
  });
});
