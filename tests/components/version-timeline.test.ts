import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionTimeline } from "@/components/history/version-timeline";
import { backAndForthNotes } from "@/lib/history/back-and-forth-notes";
import type { VersionSummary } from "@/lib/queries/history";

type Row = [
  id: number,
  day: string,
  counts: number,
  backAndForth: boolean,
  returnsTo: number | null,
  /** The version the counts are from, when not the one before (a change kept after flickering). */
  comparedTo?: number,
];

/*
 * Telegram's timeline, April–July 2024, as stored (seq 21–27), and a version after it whose
 * clauses all stayed the same (the page's layout changed).
 */
const ROWS: Row[] = [
  [21, "2024-04-10", 8, false, null],
  [22, "2024-05-06", 1, true, null],
  [23, "2024-05-09", 9, true, null],
  [24, "2024-05-09", 3, false, 22, 21],
  [25, "2024-06-14", 9, true, null],
  [26, "2024-06-14", 9, true, 24],
  [27, "2024-07-15", 11, false, null],
  [28, "2024-08-01", 0, false, null],
];

function versions(): VersionSummary[] {
  const at = new Map(
    ROWS.map(([id, day], i) => [id, `${day}T${String(i).padStart(2, "0")}:00:00.000Z`]),
  );
  return ROWS.map(([id, , counts, backAndForth, returnsTo, comparedTo], i) => ({
    id,
    seq: i + 21,
    recordedAt: at.get(id)!,
    kind: i === 0 ? ("first" as const) : ("change" as const),
    clauseCount: 80,
    added: 0,
    removed: 0,
    modified: counts,
    changedClauses: counts,
    changedPractices: [],
    ratingChanges: [],
    returnsTo: returnsTo === null ? null : { id: returnsTo, recordedAt: at.get(returnsTo)! },
    backAndForth,
    otherLanguage: false,
    captureFailed: false,
    comparedTo:
      i === 0
        ? null
        : {
            id: comparedTo ?? ROWS[i - 1]![0],
            recordedAt: at.get(comparedTo ?? ROWS[i - 1]![0])!,
            sinceKept: comparedTo !== undefined,
            overOtherLanguage: false,
            overFailedCapture: false,
          },
  })).reverse();
}

/** Each row's markup, by version id. */
function renderRows(): Map<number, string> {
  const all = versions();
  const html = renderToStaticMarkup(
    h(VersionTimeline, {
      slug: "telegram",
      versions: all,
      single: false,
      practiceNames: new Map(),
      versionHref: (id: number) => `#version-${id}`,
      notes: backAndForthNotes(all),
      selected: {},
    }),
  );
  const rows = new Map<number, string>();
  for (const m of html.matchAll(/<tr id="version-(\d+)"[^]*?<\/tr>/g)) rows.set(Number(m[1]), m[0]);
  return rows;
}

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const badgeOf = (html: string) =>
  /<span title="[^"]*" class="inline-block[^>]*>([^<]+)</.exec(html)?.[1];

describe("VersionTimeline", () => {
  const rows = renderRows();

  it("gives the time, in UTC, of versions recorded on a day that holds another, and not of the rest", () => {
    // Versions 23 and 24 were both recorded on May 9, 2024 (at 02:00 and 03:00 here).
    expect(text(rows.get(23)!)).toContain("May 9, 2024, 02:00 UTC");
    expect(text(rows.get(24)!)).toContain("May 9, 2024, 03:00 UTC");
    expect(text(rows.get(21)!)).toContain("Apr 10, 2024");
    expect(text(rows.get(21)!)).not.toContain("UTC");
  });

  it("names the compare radios by the date the row shows, with the time when the day holds two versions", () => {
    expect(rows.get(21)!).toContain('aria-label="Compare from the version of Apr 10, 2024"');
    expect(rows.get(21)!).toContain('aria-label="Compare to the version of Apr 10, 2024"');
    // Two versions of May 9, 2024: a screen reader must hear which is which.
    expect(rows.get(23)!).toContain(
      'aria-label="Compare from the version of May 9, 2024, 02:00 UTC"',
    );
    expect(rows.get(24)!).toContain(
      'aria-label="Compare from the version of May 9, 2024, 03:00 UTC"',
    );
    for (const row of rows.values())
      expect(row).not.toMatch(/aria-label="Compare \w+ the version of \d{4}-/);
  });

  it("badges a version whose clauses all stayed the same “Layout only”, not “Changed”", () => {
    const row = rows.get(28)!;
    expect(badgeOf(row)).toBe("Layout only");
    expect(text(row)).toContain("no clause changed");
    expect(text(row)).not.toContain("(layout only)");
  });

  it("tells a return the page kept as a change, not greyed and not as a back-and-forth", () => {
    const row = rows.get(24)!;
    expect(badgeOf(row)).toBe("Changed");
    expect(row).toContain('data-status="change"');
    expect(row).not.toContain("bg-slate-100");
    expect(text(row)).toContain("Back to the text of May 6, 2024, and this time the page kept it.");
    expect(text(row)).not.toContain("not listed");
  });

  it("counts a return the page kept from the text it last kept, and says so, linking that row", () => {
    const row = rows.get(24)!;
    expect(row).toContain('href="/companies/telegram/changes?from=21&amp;to=24"');
    expect(text(row)).toContain(
      "3 modified, counted from the text of Apr 10, 2024, the last the page kept",
    );
    expect(row).toContain('href="#version-21"');
    // Every other row is counted from the row before it, and says nothing more.
    for (const [id, other] of rows) {
      if (id === 24) continue;
      expect(other, `version ${id}`).not.toContain("counted from");
    }
    expect(rows.get(23)!).toContain('href="/companies/telegram/changes?from=22&amp;to=23"');
  });

  it("tells the first showing of that text that the page came back to it, not that it was undone", () => {
    const row = rows.get(22)!;
    expect(badgeOf(row)).toBe("Back and forth");
    expect(text(row)).not.toContain("Short-lived");
    expect(text(row)).toContain("came back to this one on May 9, 2024, 03:00 UTC and kept it");
    expect(row).toContain('href="#version-24"');
  });

  it("says when and to which text a short-lived version was undone", () => {
    expect(text(rows.get(23)!)).toContain(
      "Short-lived: on May 9, 2024, 03:00 UTC the page went back to the text of May 6, 2024",
    );
    expect(text(rows.get(25)!)).toContain(
      "Short-lived: on Jun 14, 2024, 05:00 UTC the page went back to the text of May 9, 2024, 03:00 UTC",
    );
  });

  it("sets apart every back-and-forth row, and only those, and says each is not listed", () => {
    for (const [id, row] of rows) {
      const hidden = ROWS.find(([v]) => v === id)![3];
      expect(row.includes("bg-slate-100"), `version ${id}`).toBe(hidden);
      expect(badgeOf(row) === "Back and forth", `version ${id}`).toBe(hidden);
      if (hidden)
        expect(text(row)).toMatch(/not listed among the atlas’s changes|listed there, not here/);
      // A row never says it is a change and not one at once.
      if (badgeOf(row) === "Changed") expect(text(row)).not.toContain("not listed");
    }
  });
});
