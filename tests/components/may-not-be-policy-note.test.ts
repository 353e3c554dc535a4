import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MayNotBePolicyNote } from "@/components/may-not-be-policy-note";

const note = (clauses: number, speaking: number, company: { name: string } | null = null) =>
  renderToStaticMarkup(
    createElement(MayNotBePolicyNote, {
      coverage: { clauses, speaking },
      company: company && { ...company, sourceUrl: null },
    }),
  ).replace(/<[^>]+>/g, "");

describe("the note that a text may not be a privacy policy", () => {
  it("speaks of a single clause in the singular (a word pasted into Read a policy)", () => {
    const text = note(1, 0);
    expect(text).toContain(
      "This may not be a privacy policy. The one clause read does not speak to any of the 14 practices, where most of a privacy policy’s do:",
    );
    expect(text).not.toMatch(/1 clause|clause read speak /);
  });

  it("agrees its verb with the count of clauses that speak", () => {
    expect(note(6, 0)).toContain("None of the 6 clauses read speak to any of the 14 practices");
    expect(note(6, 1)).toContain("Only 1 of the 6 clauses read speaks to any of the 14 practices");
    expect(note(12, 2)).toContain("Only 2 of the 12 clauses read speak to any of the 14 practices");
    expect(note(1, 0, { name: "Acme" })).toContain(
      "The one clause recorded here does not speak to any of the 14 practices",
    );
    expect(note(1_200, 3)).toContain("Only 3 of the 1,200 clauses read speak");
  });

  it("says nothing of a text most of whose clauses speak to a practice", () => {
    expect(note(1, 1)).toBe("");
    expect(note(6, 5)).toBe("");
  });
});
