import { describe, expect, it } from "vitest";
import { gridStatus, type GridStatus } from "./grid-status";

const base: GridStatus = {
  rows: 4,
  chosen: 4,
  total: 14,
  differences: false,
  ratings: [],
  only: "",
  matching: 20,
  companies: { shown: 5, of: 5, order: null, curatedFirst: null },
};

describe("gridStatus", () => {
  it("counts the chosen practices of all, and the companies shown of the pool", () => {
    expect(gridStatus(base)).toBe("4 of 14 practices · 5 of 5 companies");
  });

  it("with a rating filter, counts the practices that have such a finding, not every chosen one", () => {
    expect(
      gridStatus({
        ...base,
        rows: 4,
        chosen: 14,
        ratings: ["concerning"],
        only: "concerning",
        matching: 5,
      }),
    ).toBe(
      "4 of 14 practices have a concerning finding among these companies · 5 of 5 companies · only concerning: 5 findings",
    );
    expect(
      gridStatus({
        ...base,
        rows: 1,
        ratings: ["not-addressed"],
        only: "not addressed",
        matching: 1,
      }),
    ).toBe(
      "1 of the 4 chosen practices has a finding rated not addressed among these companies · 5 of 5 companies · only not addressed: 1 finding",
    );
  });

  it("says which practices differ, with or without a rating filter", () => {
    expect(gridStatus({ ...base, rows: 2, differences: true })).toMatch(
      /^2 of 4 practices differ ·/,
    );
    expect(
      gridStatus({ ...base, rows: 1, differences: true, ratings: ["neutral"], only: "neutral" }),
    ).toMatch(
      /^1 of the 4 chosen practices differ and have a neutral finding among these companies/,
    );
  });

  it("names the chosen practices left out because every company compared is rated the same", () => {
    expect(
      gridStatus({
        ...base,
        rows: 3,
        chosen: 5,
        differences: true,
        alike: { names: ["Data retention", "Data security"], among: 11 },
        companies: { ...base.companies, shown: 6, of: 11 },
      }),
    ).toBe(
      "3 of 5 practices differ (the same for all 11 companies: Data retention and Data security) · 6 of 11 companies",
    );
    expect(
      gridStatus({
        ...base,
        rows: 1,
        chosen: 2,
        differences: true,
        alike: { names: ["Children"], among: 2 },
      }),
    ).toMatch(/^1 of 2 practices differ \(the same for both companies: Children\) ·/);
    expect(
      gridStatus({ ...base, rows: 4, differences: true, alike: { names: [], among: 5 } }),
    ).toBe("4 of 4 practices differ · 5 of 5 companies");
    expect(gridStatus({ ...base, alike: { names: ["Children"], among: 5 } })).not.toContain(
      "Children",
    );
  });

  it("names the sector whose companies are shown, so a printed page says its scope", () => {
    expect(
      gridStatus({
        ...base,
        companies: {
          shown: 6,
          of: 11,
          order: null,
          curatedFirst: { curated: 3, machine: 8 },
          sector: "Cloud storage & backup",
        },
      }),
    ).toBe(
      "4 of 14 practices · 6 of 11 companies in Cloud storage & backup: the 3 curated first, then the 8 machine-read by name",
    );
    expect(
      gridStatus({ ...base, companies: { ...base.companies, of: 1, shown: 1, sector: "Health" } }),
    ).toBe("4 of 14 practices · 1 of 1 company in Health");
  });

  it("says the curated come first when machine-read companies follow them by name", () => {
    expect(
      gridStatus({
        ...base,
        companies: { shown: 6, of: 307, order: null, curatedFirst: { curated: 5, machine: 302 } },
      }),
    ).toBe(
      "4 of 14 practices · 6 of 307 companies: the 5 curated first, then the 302 machine-read by name",
    );
    expect(
      gridStatus({
        ...base,
        companies: { shown: 6, of: 23, order: null, curatedFirst: { curated: 0, machine: 23 } },
      }),
    ).toBe("4 of 14 practices · 6 of 23 companies");
    expect(
      gridStatus({
        ...base,
        companies: { shown: 6, of: 307, order: "newest policy first", curatedFirst: null },
      }),
    ).toBe("4 of 14 practices · 6 of 307 companies, newest policy first");
  });
});
