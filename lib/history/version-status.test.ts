import { describe, expect, it } from "vitest";
import { isListedChange, versionStatus } from "./version-status";

const v = (
  kind: "first" | "change" | "technical",
  changedClauses: number,
  backAndForth = false,
) => ({
  kind,
  changedClauses,
  backAndForth,
});

describe("versionStatus", () => {
  it("calls a change that changed no clause layout-only, and lists it nowhere", () => {
    expect(versionStatus(v("change", 0))).toBe("layout-only");
    expect(isListedChange(v("change", 0))).toBe(false);
  });

  it("lists only a change that altered a clause and is not the page going back and forth", () => {
    expect(versionStatus(v("change", 3))).toBe("change");
    expect(isListedChange(v("change", 3))).toBe(true);
    expect(versionStatus(v("change", 3, true))).toBe("back-and-forth");
    // Two orders of the same clauses, flipping: part of the back-and-forth, not a layout change.
    expect(versionStatus(v("change", 0, true))).toBe("back-and-forth");
    expect(isListedChange(v("change", 3, true))).toBe(false);
  });

  it("keeps first recordings and re-extractions as they are, never listed", () => {
    expect(versionStatus(v("first", 0))).toBe("first");
    expect(versionStatus(v("technical", 0))).toBe("technical");
    expect(versionStatus(v("technical", 5))).toBe("technical");
    expect(isListedChange(v("technical", 5))).toBe(false);
  });
});
