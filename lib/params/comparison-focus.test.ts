import { describe, expect, it } from "vitest";
import { parseComparisonFocus } from "./comparison-focus";

const known = ["cookies", "retention", "children"];
const parse = (qs: string) => parseComparisonFocus(new URLSearchParams(qs), known);

describe("parseComparisonFocus", () => {
  it("reads no practice when none is given", () => {
    expect(parse("from=1&to=2")).toEqual({ practices: [], ignored: [] });
  });

  it("keeps known practices in the order given, once, from repeats and commas", () => {
    expect(parse("practice=children&practice=Retention,children")).toEqual({
      practices: ["children", "retention"],
      ignored: [],
    });
  });

  it("names what is not a practice instead of dropping it silently", () => {
    expect(parse("practice=childs&practice=cookies&practice=")).toEqual({
      practices: ["cookies"],
      ignored: ["childs"],
    });
  });
});
