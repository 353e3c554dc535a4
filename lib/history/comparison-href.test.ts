import { describe, expect, it } from "vitest";
import { comparisonHref, followedFirst } from "./comparison-href";

describe("comparisonHref", () => {
  it("names the two versions", () => {
    expect(comparisonHref("snapchat", 8029, 8030)).toBe(
      "/companies/snapchat/changes?from=8029&to=8030",
    );
  });

  it("carries the practices followed, so the comparison opens on them", () => {
    expect(comparisonHref("snapchat", 8029, 8030, ["children"])).toBe(
      "/companies/snapchat/changes?from=8029&to=8030&practice=children",
    );
    expect(comparisonHref("x", 1, 2, ["children", "retention"])).toBe(
      "/companies/x/changes?from=1&to=2&practice=children&practice=retention",
    );
  });
});

describe("followedFirst", () => {
  it("moves the practices followed to the front, keeping the others' order", () => {
    expect(
      followedFirst(["cookies", "retention", "third-parties", "use", "children"], ["children"]),
    ).toEqual(["children", "cookies", "retention", "third-parties", "use"]);
  });

  it("leaves the order alone when nothing is followed or none is among them", () => {
    expect(followedFirst(["cookies", "use"], [])).toEqual(["cookies", "use"]);
    expect(followedFirst(["cookies", "use"], ["children"])).toEqual(["cookies", "use"]);
  });
});
