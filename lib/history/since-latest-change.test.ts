import { describe, expect, it } from "vitest";
import { describeSinceLatestChange, sinceLatestChange } from "./since-latest-change";
import type { ClassifiedVersion } from "./version-status";

type V = ClassifiedVersion & { id: number; recordedAt: string };
const v = (id: number, day: string, over: Partial<V> = {}): V => ({
  id,
  recordedAt: `${day}T12:00:00.000Z`,
  kind: "change",
  changedClauses: 1,
  backAndForth: false,
  ...over,
});

describe("sinceLatestChange", () => {
  it("finds the versions recorded after the latest change listed (TikTok, 2026)", () => {
    const versions = [
      v(9439, "2026-08-17", { backAndForth: true }),
      v(9394, "2026-05-20", { backAndForth: true }),
      v(9393, "2025-12-16"),
      v(9392, "2025-11-12", { changedClauses: 0 }),
    ];
    const gap = sinceLatestChange(versions)!;
    expect(gap.latestChange.id).toBe(9393);
    expect(gap.latest.id).toBe(9439);
    expect(gap.since.map((s) => s.id)).toEqual([9439, 9394]);
    expect(describeSinceLatestChange(gap.since)).toBe(
      "The 2 versions recorded since (May 20 – Aug 17, 2026) went back and forth between texts within days, so none of them is listed.",
    );
  });

  it("has nothing to say when the latest version is the latest change, or none is listed", () => {
    expect(
      sinceLatestChange([v(2, "2026-01-02"), v(1, "2026-01-01", { kind: "first" })]),
    ).toBeNull();
    expect(sinceLatestChange([v(2, "2026-01-02", { changedClauses: 0 })])).toBeNull();
  });

  it("says what each kind of later version did when they differ", () => {
    const since = [
      v(5, "2026-03-01", { kind: "technical" }),
      v(4, "2026-02-01", { changedClauses: 0 }),
      v(3, "2026-01-20", { backAndForth: true }),
    ];
    expect(describeSinceLatestChange(since)).toBe(
      "The 3 versions recorded since (Jan 20 – Mar 1, 2026) are not listed: 1 went back and forth between texts, 1 changed only the layout and 1 is a re-extraction by Open Terms Archive.",
    );
    expect(describeSinceLatestChange([v(4, "2026-02-01", { changedClauses: 0 })])).toBe(
      "The one version recorded since (Feb 1, 2026) changed only the page’s layout, not a clause, so it is not listed.",
    );
  });
});
