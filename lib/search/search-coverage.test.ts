import { describe, expect, it } from "vitest";
import { newestRecording, SEARCH_COVERAGE } from "./search-coverage";

describe("what a search covers", () => {
  it("says it searches the latest recorded text, and where earlier versions are", () => {
    expect(SEARCH_COVERAGE).toBe(
      "Search covers each policy’s latest recorded text; earlier versions are in each company’s history.",
    );
  });

  it("dates it by the newest recording among the companies searched", () => {
    expect(
      newestRecording([
        { archivedOn: "2016-11-27" },
        { archivedOn: null },
        { archivedOn: "2026-08-22" },
        { archivedOn: "2025-01-03" },
      ]),
    ).toBe("2026-08-22");
    expect(newestRecording([{ archivedOn: null }])).toBeNull();
  });
});
