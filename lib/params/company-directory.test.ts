import { describe, expect, it } from "vitest";
import type { CompanySummary } from "../model";
import {
  DIRECTORY_PER_PAGE,
  directoryHref,
  directorySortOptions,
  directoryView,
} from "./company-directory";

const company = (
  slug: string,
  name: string,
  over: Partial<CompanySummary> = {},
): CompanySummary => ({
  slug,
  name,
  legalName: name,
  website: "",
  effectiveDate: null,
  effectiveDatePrecision: null,
  effectiveDateLabel: null,
  archivedOn: "2025-01-01",
  sector: "other",
  provenance: "machine",
  recordedBy: "Open Terms Archive",
  samePolicyAs: [],
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
  ...over,
});

const all = [
  company("mozy", "Mozy", {
    provenance: "curated",
    sector: "cloud-storage",
    archivedOn: "2016-11-27",
    recordedBy: null,
  }),
  company("signal", "Signal", { sector: "messaging", archivedOn: "2025-09-23" }),
  company("whatsapp", "WhatsApp", { sector: "messaging", archivedOn: "2026-03-01" }),
  company("mozilla", "Mozilla", { sector: "search-browsers" }),
  ...Array.from({ length: 30 }, (_, i) => company(`x${i}`, `Extra ${i}`)),
];

describe("the /companies view", () => {
  it("ranks a name search by match, not alphabet", () => {
    const v = directoryView({ q: "moz" }, all);
    expect(v.sort).toBe("match");
    expect(v.companies.map((c) => c.slug)).toEqual(["mozy", "mozilla"]);
  });

  it("filters by sector and provenance together", () => {
    expect(directoryView({ sector: "messaging" }, all).companies.map((c) => c.slug)).toEqual([
      "signal",
      "whatsapp",
    ]);
    expect(directoryView({ provenance: "curated" }, all).companies.map((c) => c.slug)).toEqual([
      "mozy",
    ]);
    expect(directoryView({ sector: "messaging", provenance: "curated" }, all).total).toBe(0);
  });

  it("sorts by date recorded, newest first", () => {
    const v = directoryView({ sector: "messaging", sort: "recorded" }, all);
    expect(v.companies.map((c) => c.slug)).toEqual(["whatsapp", "signal"]);
  });

  it("reads the grid's sort=date as the same order, without a notice", () => {
    const v = directoryView({ sector: "messaging", sort: "date" }, all);
    expect(v.sort).toBe("recorded");
    expect(v.notices).toEqual([]);
    expect(v.companies.map((c) => c.slug)).toEqual(["whatsapp", "signal"]);
  });

  it("pages, clamping a page past the end with a notice", () => {
    const v = directoryView({ page: "99" }, all);
    expect(v.pageCount).toBe(Math.ceil(all.length / DIRECTORY_PER_PAGE));
    expect(v.page).toBe(v.pageCount);
    expect(v.notices).toHaveLength(1);
  });

  it("ignores bad values with a notice and never throws", () => {
    const v = directoryView(
      { sector: "spaceships", provenance: "robots", sort: "size", page: "-1" },
      all,
    );
    expect(v).toMatchObject({ sector: null, provenance: null, sort: "name", page: 1 });
    expect(v.notices).toHaveLength(4);
    expect(directoryView({ q: ["a", "b"], sector: ["messaging", "x"] }, all).sector).toBe(
      "messaging",
    );
  });

  it("names a parameter it does not read, as the grid names a value it cannot use", () => {
    expect(directoryView({ findings: "curated" }, all).notices).toEqual([
      'Ignored unknown parameter "findings": the list reads q, sector, provenance, sort and page.',
    ]);
    expect(directoryView({ a: "1", b: "2", q: "moz" }, all).notices[0]).toMatch(
      /^Ignored unknown parameters "a", "b":/,
    );
    expect(directoryView({ q: "moz", sector: "messaging", page: "1" }, all).notices).toEqual([]);
    expect(directoryView({ sectors: "messaging" }, all).notices).toEqual([
      'Ignored unknown parameter "sectors" (did you mean sector?): the list reads q, sector, provenance, sort and page.',
    ]);
  });

  it("sends a URL with empty fields (the form without JavaScript) to its short form", () => {
    expect(
      directoryView({ q: "", sector: "", provenance: "", sort: "recorded" }, all).redirectTo,
    ).toBe("/companies?sort=recorded");
    expect(directoryView({ q: " ", sector: "", provenance: "all", sort: "" }, all).redirectTo).toBe(
      "/companies",
    );
    expect(directoryView({ q: "moz", sort: "recorded" }, all).redirectTo).toBeNull();
    // A URL with a notice stays where it is, so the notice can name what it ignored.
    expect(directoryView({ q: "", sector: "nowhere" }, all).redirectTo).toBeNull();
  });

  it("builds links that leave defaults out", () => {
    expect(directoryHref({})).toBe("/companies");
    expect(
      directoryHref({
        q: " sig ",
        sector: "messaging",
        provenance: "machine",
        sort: "recorded",
        page: 2,
      }),
    ).toBe("/companies?q=sig&sector=messaging&provenance=machine&sort=recorded&page=2");
  });

  it("offers sort options that each give a different order, with labels to match", () => {
    for (const q of ["", "moz"]) {
      const options = directorySortOptions(q !== "");
      const labels = options.map((o) => o.label);
      expect(new Set(labels).size, q).toBe(labels.length);
      // Every value is one the URL accepts, and no two of them sort alike.
      const sorts = options.map((o) => {
        const v = directoryView(o.value ? { q, sort: o.value } : { q }, all);
        expect(v.notices, `${q} ${o.value}`).toEqual([]);
        return v.sort;
      });
      expect(new Set(sorts).size, q).toBe(sorts.length);
    }
    expect(directorySortOptions(false).map((o) => o.label)).toEqual([
      "Name (A–Z)",
      "Date recorded (newest first)",
    ]);
    expect(directorySortOptions(true).map((o) => o.label)).toEqual([
      "Best match",
      "Name (A–Z)",
      "Date recorded (newest first)",
    ]);
  });
});

describe("the /companies search by other names", () => {
  const curated = [
    company("code42", "Code 42", {
      legalName: "Code 42 Software, Inc.",
      provenance: "curated",
      sector: "cloud-storage",
    }),
    company("ibackup", "IBackup", {
      legalName: "Pro Softnet Corporation",
      provenance: "curated",
      sector: "cloud-storage",
    }),
    ...all,
  ];
  const otherNames = new Map([["code42", [{ name: "crashplan.com", kind: "site" as const }]]]);

  it("finds a company by the site its policy was published on, and says so", () => {
    const v = directoryView({ q: "crashplan" }, curated, otherNames);
    expect(v.companies.map((c) => c.slug)).toEqual(["code42"]);
    expect(v.foundBy.get("code42")).toEqual({ name: "crashplan.com", kind: "site" });
    expect(directoryView({ q: "crashplan" }, curated).total).toBe(0);
  });

  it("finds a company by its legal name, and says so", () => {
    const v = directoryView({ q: "pro softnet" }, curated, otherNames);
    expect(v.companies.map((c) => c.slug)).toEqual(["ibackup"]);
    expect(v.foundBy.get("ibackup")).toEqual({ name: "Pro Softnet Corporation", kind: "legal" });
  });

  it("names no other name for a company found by its own", () => {
    expect(directoryView({ q: "code" }, curated, otherNames).foundBy.size).toBe(0);
  });
});

describe("an empty /companies view", () => {
  it("counts what the search finds with each filter dropped", () => {
    expect(directoryView({ q: "mozilla", sector: "messaging" }, all).unfiltered).toEqual({
      sector: 1,
      provenance: null,
      both: null,
    });
    expect(
      directoryView({ q: "signal", sector: "messaging", provenance: "curated" }, all).unfiltered,
    ).toEqual({ sector: 0, provenance: 1, both: 1 });
  });

  it("counts nothing when something matches", () => {
    expect(directoryView({ q: "signal", sector: "messaging" }, all).unfiltered).toEqual({
      sector: null,
      provenance: null,
      both: null,
    });
  });
});
