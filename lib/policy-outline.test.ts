import { describe, expect, it } from "vitest";
import { buildOutline, subsections, type OutlineSection } from "./policy-outline";

type C = { anchor: string; headingPath: string[] };
const clause = (anchor: string, ...headingPath: string[]): C => ({ anchor, headingPath });

/** The tree as nested titles, with clause anchors in place. */
function shape(sections: OutlineSection<C>[]): unknown[] {
  return sections.map((s) => ({
    [s.title]: s.items.map((i) => ("clause" in i ? i.clause.anchor : shape([i.section])[0])),
  }));
}

describe("buildOutline", () => {
  it("keeps parent headings that hold only subsections, and repeated subheadings under their own parent", () => {
    const outline = buildOutline([
      clause("p1"),
      clause("a", "How Mozy Uses Information", "Personal Data"),
      clause("b", "How Mozy Uses Information", "Cookies"),
      clause("c", "User Information Mozy Collects", "Personal Data"),
      clause("d", "User Information Mozy Collects", "Personal Data"),
      clause("e", "Disclosures", "Legal Requirements"),
      clause("f", "Security"),
    ]);
    expect(shape(outline)).toEqual([
      { Introduction: ["p1"] },
      { "How Mozy Uses Information": [{ "Personal Data": ["a"] }, { Cookies: ["b"] }] },
      { "User Information Mozy Collects": [{ "Personal Data": ["c", "d"] }] },
      { Disclosures: [{ "Legal Requirements": ["e"] }] },
      { Security: ["f"] },
    ]);
    expect(outline.map((s) => s.depth)).toEqual([0, 0, 0, 0, 0]);
    expect(subsections(outline[1]!).map((s) => s.depth)).toEqual([1, 1]);
  });

  it("gives every section a distinct anchor, even when a heading comes back later", () => {
    const outline = buildOutline([
      clause("a", "Terms"),
      clause("b", "Privacy", "Personal Data"),
      clause("c", "Terms"),
      clause("d", "Privacy", "Cookies"),
    ]);
    const ids = outline.flatMap((s) => [s.id, ...subsections(s).map((x) => x.id)]);
    expect(ids).toEqual([
      "section-terms",
      "section-privacy",
      "section-privacy-personal-data",
      "section-terms-2",
      "section-privacy-2",
      "section-privacy-cookies",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps a parent's own clauses where they are, before and after its subsections", () => {
    const outline = buildOutline([clause("a", "A"), clause("b", "A", "B"), clause("c", "A")]);
    expect(shape(outline)).toEqual([{ A: ["a", { B: ["b"] }, "c"] }]);
  });
});
