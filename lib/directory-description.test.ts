import { describe, expect, it } from "vitest";
import { directoryDescription } from "./directory-description";

describe("the /companies meta description", () => {
  it("counts the companies the data has", () => {
    expect(directoryDescription({ curated: 5, machine: 302 })).toBe(
      "Every company in the atlas: 5 curated and 302 machine-read privacy policies, searchable by name and filterable by sector.",
    );
  });

  it("gives no number it does not know", () => {
    expect(directoryDescription(null)).not.toMatch(/\d|hundred|five/);
  });
});
