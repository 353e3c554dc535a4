import { describe, expect, it } from "vitest";
import { changesFilename } from "./changes-filename";

const day = new Date("2026-12-03T10:00:00Z");

describe("the name of a download of changes", () => {
  it("is plain for every change", () => {
    expect(changesFilename({ practices: [], sectors: [], format: "csv", day })).toBe(
      "policy-atlas-changes-2026-12-03.csv",
    );
  });

  it("names its filters, counting more than three of a kind", () => {
    expect(
      changesFilename({
        practices: ["retention"],
        sectors: ["social", "messaging", "cloud-storage", "travel"],
        since: "2024-01-01",
        until: "2024-12-31",
        format: "json",
        day,
      }),
    ).toBe(
      "policy-atlas-changes-retention-4-sectors-since-2024-01-01-until-2024-12-31-2026-12-03.json",
    );
  });
});
