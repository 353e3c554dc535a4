import { describe, expect, it } from "vitest";
import { anchorFor } from "@/lib/seed/segment-policy";
import { clauseAnchorSection, isSectionAnchor, parseClauseAnchor } from "./clause-anchor";
import { cpuMs } from "../tests/helpers/cpu-time";

describe("clauseAnchorSection", () => {
  it("reads the section back from an anchor the segmenter made", () => {
    const taken = new Set<string>();
    const first = anchorFor(["Privacy", "Data Retention & Deletion"], "We keep data.", taken);
    const again = anchorFor(["Privacy", "Data Retention & Deletion"], "We keep data.", taken);
    expect(clauseAnchorSection(first)).toBe("data-retention-deletion");
    expect(again).toMatch(/-2$/);
    expect(clauseAnchorSection(again)).toBe("data-retention-deletion");
    expect(clauseAnchorSection(anchorFor([], "Opening words.", taken))).toBe("preamble");
  });

  it("is null for fragments that are not clause anchors", () => {
    expect(clauseAnchorSection("findings-title")).toBeNull();
    expect(clauseAnchorSection("section-data-retention")).toBeNull();
    expect(clauseAnchorSection("Data-Retention-0a1b2c")).toBeNull();
    expect(clauseAnchorSection("-0a1b2c")).toBeNull();
    expect(clauseAnchorSection("")).toBeNull();
  });

  it("answers at once on a hostile fragment", () => {
    const ms = cpuMs(() => {
      expect(clauseAnchorSection(`${"a-".repeat(50_000)}!`)).toBeNull();
      expect(clauseAnchorSection(`${"a-".repeat(90)}zz`)).toBeNull();
    });
    expect(ms).toBeLessThan(100);
  });
});

describe("isSectionAnchor", () => {
  it("tells a section's id from other fragments", () => {
    expect(isSectionAnchor("section-introduction")).toBe(true);
    expect(isSectionAnchor("data-retention-0a1b2c")).toBe(false);
  });
});

describe("parseClauseAnchor", () => {
  it("reads the section, the text's digest and the repeat's number", () => {
    expect(parseClauseAnchor("5-6-1-additional-advertising-tools-3e2d7a")).toEqual({
      section: "5-6-1-additional-advertising-tools",
      digest: "3e2d7a",
      repeat: 1,
    });
    expect(parseClauseAnchor("preamble-0a1b2c-3")).toEqual({
      section: "preamble",
      digest: "0a1b2c",
      repeat: 3,
    });
    expect(parseClauseAnchor("section-data-retention")).toBeNull();
    expect(parseClauseAnchor(`${"a-".repeat(150)}0a1b2c`)).toBeNull();
  });
});
