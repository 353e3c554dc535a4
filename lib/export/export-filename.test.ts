import { describe, expect, it } from "vitest";
import { exportFilename } from "./export-filename";

const core = ["cookies", "retention", "disputes", "third-parties"];
const practices = [...core, "collection", "use"].map((slug) => ({ slug }));
const companies = ["centercode", "code42", "dotcloud", "ibackup", "mozy"].map((slug) => ({ slug }));
const base = {
  practices,
  totalPractices: 6,
  corePractices: core,
  companies,
  totalCompanies: 5,
  ratings: [],
  format: "csv" as const,
  day: new Date("2026-12-02T10:00:00Z"),
};

describe("exportFilename", () => {
  it("names the default view by what it holds, never 'filtered'", () => {
    expect(exportFilename({ ...base, practices: practices.slice(0, 4) })).toBe(
      "policy-atlas-core-practices-all-companies-2026-12-02.csv",
    );
    expect(exportFilename(base)).toBe("policy-atlas-all-practices-all-companies-2026-12-02.csv");
  });

  it("lists a few slugs, counts many, and adds the rating filter", () => {
    expect(
      exportFilename({
        ...base,
        practices: [{ slug: "retention" }, { slug: "disputes" }],
        companies: [{ slug: "code42" }, { slug: "mozy" }],
        ratings: ["concerning"],
        format: "json",
      }),
    ).toBe("policy-atlas-retention-disputes-code42-mozy-concerning-only-2026-12-02.json");
    expect(
      exportFilename({
        ...base,
        practices: practices.slice(0, 5),
        companies: companies.slice(0, 4),
      }),
    ).toBe("policy-atlas-5-practices-4-companies-2026-12-02.csv");
  });

  it("names a whole sector by the sector, and a part of it as any list of companies", () => {
    expect(exportFilename({ ...base, scope: ["messaging"] })).toBe(
      "policy-atlas-all-practices-messaging-companies-2026-12-02.csv",
    );
    expect(exportFilename({ ...base, scope: ["cloud-storage", "curated"] })).toBe(
      "policy-atlas-all-practices-cloud-storage-curated-companies-2026-12-02.csv",
    );
    expect(
      exportFilename({ ...base, companies: companies.slice(0, 2), scope: ["messaging"] }),
    ).toBe("policy-atlas-all-practices-centercode-code42-2026-12-02.csv");
  });
});
