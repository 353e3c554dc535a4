import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GridScopeBar } from "@/components/grid-scope-bar";
import { parseGridScope } from "@/lib/params/grid-scope";

const bar = (picked: { count: number; machine: number; name?: string }) =>
  renderToStaticMarkup(
    createElement(GridScopeBar, {
      scope: parseGridScope({}),
      practices: undefined,
      poolSize: 5,
      picked,
    }),
  ).replace(/<[^>]+>/g, "");

describe("the grid's scope bar, with companies picked by name", () => {
  it("names a single company picked, without 'the 1 company'", () => {
    const text = bar({ count: 1, machine: 1, name: "Signal" });
    expect(text).toContain("You chose one company: Signal (machine-read) · Clear");
    expect(text).not.toMatch(/\b1 company|Comparing/);
    expect(bar({ count: 1, machine: 0, name: "Mozy" })).toContain(
      "You chose one company: Mozy · Clear",
    );
  });

  it("counts several companies picked, and how many of them are machine-read", () => {
    expect(bar({ count: 3, machine: 2 })).toContain(
      "Comparing the 3 companies you chose, 2 of them machine-read · Clear",
    );
    expect(bar({ count: 2, machine: 2 })).toContain(
      "Comparing the 2 companies you chose, all machine-read · Clear",
    );
  });
});
