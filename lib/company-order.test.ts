import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortCompanies } from "./company-order";
import { precisionOf } from "./date-precision";
import type { CompanySummary } from "./queries/companies";
import { RATINGS, type Rating } from "./ratings";

const company = (slug: string, effectiveDate: string | null): CompanySummary => ({
  slug,
  name: slug,
  legalName: slug,
  website: "https://x.test",
  effectiveDate,
  effectiveDatePrecision: effectiveDate ? precisionOf(effectiveDate) : null,
  effectiveDateLabel: effectiveDate ? "Effective" : null,
  archivedOn: null,
  sector: "cloud-storage",
  provenance: "curated",
  recordedBy: null,
  samePolicyAs: [],
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
});

describe("sortCompanies", () => {
  const list = [
    company("a", "2010-01-01"),
    company("b", null),
    company("c", "2012-05-01"),
    company("d", "2010-01-01"),
  ];

  it("keeps name order for name, and puts the newest policy first for date, undated last", () => {
    expect(sortCompanies(list, "name").map((c) => c.slug)).toEqual(["a", "b", "c", "d"]);
    expect(sortCompanies(list, "date").map((c) => c.slug)).toEqual(["c", "a", "d", "b"]);
  });

  it("puts a policy dated only by a month after every day of that month, before the month before", () => {
    const dated = [
      company("may", "2026-05-31"),
      company("june", "2026-06"),
      company("june-1", "2026-06-01"),
      company("june-30", "2026-06-30"),
      company("none", null),
    ];
    expect(sortCompanies(dated, "date").map((c) => c.slug)).toEqual([
      "june-30",
      "june-1",
      "june",
      "may",
      "none",
    ]);
  });

  it("puts the most protective first on a practice, silence and missing findings last", () => {
    const ratings = new Map<string, Rating>([
      ["a", "concerning"],
      ["b", "protective"],
      ["d", "neutral"],
    ]);
    expect(sortCompanies(list, { practice: "retention" }, ratings).map((c) => c.slug)).toEqual([
      "b",
      "d",
      "a",
      "c",
    ]);
  });

  it("is a stable permutation ordered by rating", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RATINGS), { maxLength: 30 }), (rs) => {
        const companies = rs.map((_, i) => company(`c${i}`, null));
        const ratings = new Map(rs.map((r, i) => [`c${i}`, r]));
        const sorted = sortCompanies(companies, { practice: "p" }, ratings);
        expect([...sorted].map((c) => c.slug).sort()).toEqual(companies.map((c) => c.slug).sort());
        for (let i = 1; i < sorted.length; i++) {
          const prev = RATINGS.indexOf(ratings.get(sorted[i - 1]!.slug)!);
          const cur = RATINGS.indexOf(ratings.get(sorted[i]!.slug)!);
          expect(prev).toBeLessThanOrEqual(cur);
          if (prev === cur)
            expect(Number(sorted[i - 1]!.slug.slice(1))).toBeLessThan(
              Number(sorted[i]!.slug.slice(1)),
            );
        }
      }),
    );
  });
});
