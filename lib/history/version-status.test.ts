import { describe, expect, it } from "vitest";
import { isListedChange, versionStatus } from "./version-status";

const v = (
  kind: "first" | "change" | "technical",
  changedClauses: number,
  backAndForth = false,
  otherLanguage = false,
) => ({
  kind,
  changedClauses,
  backAndForth,
  otherLanguage,
  comparedTo: kind === "first" ? null : { id: 1 },
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

  it("calls a version in another language that, whatever changed, and lists it nowhere", () => {
    expect(versionStatus(v("change", 268, false, true))).toBe("other-language");
    expect(versionStatus(v("technical", 0, false, true))).toBe("other-language");
    expect(isListedChange(v("change", 268, false, true))).toBe(false);
  });

  it("calls the first English text after translations a first text, not a change", () => {
    expect(versionStatus({ ...v("change", 0), comparedTo: null })).toBe("first");
  });
});
