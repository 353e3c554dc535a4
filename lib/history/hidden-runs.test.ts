import { describe, expect, it } from "vitest";
import {
  collapseHiddenRuns,
  dateRange,
  describeHiddenKinds,
  describeHiddenRun,
} from "./hidden-runs";
import type { ClassifiedVersion } from "./version-status";

type V = ClassifiedVersion & { id: number; recordedAt: string };
const at = (day: string) => `${day}T12:00:00.000Z`;
const change = (id: number, day: string): V => ({
  id,
  recordedAt: at(day),
  kind: "change",
  changedClauses: 2,
  backAndForth: false,
});
const flicker = (id: number, day: string): V => ({ ...change(id, day), backAndForth: true });
const layout = (id: number, day: string): V => ({ ...change(id, day), changedClauses: 0 });
const reExtraction = (id: number, day: string): V => ({ ...change(id, day), kind: "technical" });
const translation = (id: number, day: string): V => ({ ...change(id, day), otherLanguage: true });
const failed = (id: number, day: string): V => ({ ...change(id, day), captureFailed: true });

describe("collapseHiddenRuns", () => {
  it("folds failed captures as it folds the other versions that are not changes (Wix: 102 in a row)", () => {
    const versions = [
      change(6, "2017-08-13"),
      failed(5, "2015-06-04"),
      failed(4, "2015-01-12"),
      failed(3, "2014-12-25"),
      failed(2, "2014-12-09"),
      change(1, "2012-11-01"),
    ];
    const segments = collapseHiddenRuns(versions);
    expect(
      segments.map((s) => (s.kind === "run" ? s.versions.map((v) => v.id) : s.version.id)),
    ).toEqual([6, [5, 4, 3, 2], 1]);
    const run = segments[1]!;
    expect(run.kind === "run" && describeHiddenRun(run.versions)).toBe(
      "4 failed captures (no policy on the page), Dec 9, 2014 – Jun 4, 2015",
    );
    expect(describeHiddenKinds([failed(2, "2014-12-09")])).toBe(
      "is a failed capture (the page held no policy), not a change by the company",
    );
  });

  it("gathers a long run of versions that are not changes, and keeps changes as rows", () => {
    const versions = [
      flicker(9, "2026-08-17"),
      flicker(8, "2026-08-16"),
      layout(7, "2026-07-01"),
      reExtraction(6, "2026-06-01"),
      change(5, "2025-12-16"),
      flicker(4, "2025-11-12"),
      change(3, "2025-10-31"),
    ];
    const segments = collapseHiddenRuns(versions);
    expect(
      segments.map((s) => (s.kind === "run" ? s.versions.map((v) => v.id) : s.version.id)),
    ).toEqual([[9, 8, 7, 6], 5, 4, 3]);
  });

  it("leaves a run shorter than the minimum as rows", () => {
    const versions = [flicker(3, "2026-01-03"), flicker(2, "2026-01-02"), flicker(1, "2026-01-01")];
    expect(collapseHiddenRuns(versions).every((s) => s.kind === "row")).toBe(true);
  });

  it("never gathers the first recorded version", () => {
    const first: V = { ...change(1, "2020-01-01"), kind: "first" };
    const versions = [
      flicker(5, "2020-05-01"),
      flicker(4, "2020-04-01"),
      flicker(3, "2020-03-01"),
      flicker(2, "2020-02-01"),
      first,
    ];
    const segments = collapseHiddenRuns(versions);
    expect(segments).toHaveLength(2);
    expect(segments[1]).toEqual({ kind: "row", version: first });
  });
});

describe("describeHiddenRun", () => {
  it("names one kind and the dates, oldest first", () => {
    const run = [flicker(2, "2026-08-17"), flicker(1, "2026-05-20")];
    expect(describeHiddenRun(run)).toBe(
      "2 versions going back and forth between texts, May 20 – Aug 17, 2026",
    );
    expect(describeHiddenRun([layout(2, "2026-01-02"), layout(1, "2025-12-30")])).toBe(
      "2 versions that changed only the layout, Dec 30, 2025 – Jan 2, 2026",
    );
  });

  it("counts each kind of a mixed run", () => {
    const run = [
      flicker(4, "2024-03-05"),
      layout(3, "2024-02-01"),
      flicker(2, "2024-01-20"),
      reExtraction(1, "2024-01-03"),
    ];
    expect(describeHiddenRun(run)).toBe(
      "4 versions that are not changes (2 back and forth, 1 layout only, 1 re-extraction), Jan 3 – Mar 5, 2024",
    );
  });
});

describe("versions recorded in another language", () => {
  it("are folded with the other versions that are not changes, and named", () => {
    const run = [
      translation(4, "2021-06-07"),
      translation(3, "2021-05-04"),
      layout(2, "2021-04-01"),
      translation(1, "2021-03-15"),
    ];
    expect(collapseHiddenRuns(run)).toHaveLength(1);
    expect(describeHiddenRun(run)).toBe(
      "4 versions that are not changes (1 layout only, 3 in another language), Mar 15 – Jun 7, 2021",
    );
    expect(describeHiddenRun([translation(2, "2021-03-23"), translation(1, "2021-03-15")])).toBe(
      "2 versions recorded in another language, Mar 15 – Mar 23, 2021",
    );
    expect(describeHiddenKinds([translation(1, "2021-11-02")])).toBe(
      "was recorded in another language, not a change by the company",
    );
  });
});

describe("dateRange", () => {
  it("gives one date for versions of one day", () => {
    expect(dateRange([at("2026-08-17"), "2026-08-17T20:00:00.000Z"])).toBe("Aug 17, 2026");
  });
});
