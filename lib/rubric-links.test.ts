import { describe, expect, it } from "vitest";
import { CORE_RUBRIC } from "./rubric";
import { RATINGS } from "./ratings";
import { rubricAnchor, rubricHref } from "./rubric-links";

describe("rubricHref", () => {
  it("leads a core practice's rating to its own rubric row", () => {
    expect(rubricHref("concerning", "retention")).toBe("/methodology#rubric-retention-concerning");
  });

  it("leads to the rating's general meaning without a practice, for silence, and for practices without guidance", () => {
    expect(rubricHref("neutral")).toBe("/methodology#rating-neutral");
    expect(rubricHref("not-addressed", "cookies")).toBe("/methodology#rating-not-addressed");
    expect(rubricHref("protective", "children")).toBe("/methodology#rating-protective");
  });

  it("leads the machine's 'No clause found' to what it means, never to the meaning of silence", () => {
    expect(rubricHref("not-addressed", "cookies", "machine")).toBe("/methodology#no-clause-found");
    expect(rubricHref("not-addressed", undefined, "machine")).toBe("/methodology#no-clause-found");
    expect(rubricHref("not-addressed", "cookies", "curated")).toBe(
      "/methodology#rating-not-addressed",
    );
    expect(rubricHref("concerning", "retention", "machine")).toBe(
      "/methodology#rubric-retention-concerning",
    );
  });

  it("names a row for every rating the guidance defines, and only those", () => {
    for (const [practice, { ratings }] of Object.entries(CORE_RUBRIC))
      for (const r of RATINGS)
        expect(rubricHref(r, practice).endsWith(rubricAnchor(practice, r))).toBe(!!ratings[r]);
  });
});
