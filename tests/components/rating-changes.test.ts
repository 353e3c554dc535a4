import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RatingChanges } from "@/components/history/rating-changes";

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const names = new Map([
  ["children", "Children"],
  ["security", "Data security"],
]);

describe("RatingChanges", () => {
  it("words the machine's silence 'no clause found', never 'not addressed', either way", () => {
    const html = renderToStaticMarkup(
      h(RatingChanges, {
        changes: [
          { practice: "children", before: "not-addressed", after: "neutral" },
          { practice: "security", before: "protective", after: "not-addressed" },
        ],
        practiceNames: names,
      }),
    );
    expect(text(html)).toBe(
      "Children: no clause found → neutralData security: protective → no clause found",
    );
    expect(html).not.toMatch(/not addressed/i);
  });

  it("shows nothing when no suggested rating moved", () => {
    expect(renderToStaticMarkup(h(RatingChanges, { changes: [], practiceNames: names }))).toBe("");
  });
});
