import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangesFilters } from "@/components/history/changes-filters";

describe("the /changes filter form", () => {
  it("sets its controls in the normal weight, not the bold their labels give them", () => {
    const html = renderToStaticMarkup(
      createElement(ChangesFilters, {
        practices: [{ slug: "cookies", name: "Cookies" }],
        followed: ["GitHub"],
        practice: undefined,
        sector: undefined,
        since: "2024-01-01",
        until: undefined,
      }),
    );
    expect(html).toMatch(/<label class="[^"]*font-semibold/);
    const controls = html.match(/<(input|select)\b[^>]*>/g) ?? [];
    expect(controls).toHaveLength(5);
    for (const control of controls) expect(control).toMatch(/class="[^"]*\bfont-normal\b/);
    expect(html).toContain("Any practice");
    expect(html).toContain("Any sector");
  });
});
