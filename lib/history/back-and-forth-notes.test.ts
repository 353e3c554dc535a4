import { describe, expect, it } from "vitest";
import { backAndForthNotes, type NotedVersion } from "./back-and-forth-notes";

type Row = [
  id: number,
  day: string,
  changedClauses: number,
  backAndForth: boolean,
  returnsTo: number | null,
];

/** Versions from rows of [id, day, clauses changed, back and forth, id returned to]. */
function history(rows: Row[], kinds: Record<number, NotedVersion["kind"]> = {}): NotedVersion[] {
  const at = new Map(rows.map(([id, day]) => [id, `${day}T12:00:00.000Z`]));
  return rows.map(([id, , changedClauses, backAndForth, returnsTo], i) => ({
    id,
    recordedAt: at.get(id)!,
    kind: kinds[id] ?? (i === 0 ? "first" : "change"),
    changedClauses,
    backAndForth,
    returnsTo: returnsTo === null ? null : { id: returnsTo, recordedAt: at.get(returnsTo)! },
  }));
}
const ref = (id: number, day: string) => ({ id, recordedAt: `${day}T12:00:00.000Z` });

describe("backAndForthNotes", () => {
  /*
   * Telegram, April–July 2024 (seq 21–27): text B shown on May 6, a text C for hours on May 9,
   * B again (kept: the change that stuck), a text D for hours on June 14, B again.
   */
  const telegram = history([
    [21, "2024-04-10", 8, false, null],
    [22, "2024-05-06", 1, true, null],
    [23, "2024-05-08", 9, true, null],
    [24, "2024-05-09", 9, false, 22],
    [25, "2024-06-14", 9, true, null],
    [26, "2024-06-15", 9, true, 24],
    [27, "2024-07-15", 11, false, null],
  ]);
  const notes = backAndForthNotes(telegram);

  it("says a text that came back and stayed is where the change stuck", () => {
    expect(notes.get(24)).toEqual({ kind: "returns", to: ref(22, "2024-05-06"), kept: true });
    expect(notes.get(26)).toEqual({ kind: "returns", to: ref(24, "2024-05-09"), kept: false });
  });

  it("says the first showing of that text came back later, not that an earlier text returned", () => {
    // Before, this row read "Short-lived: the page soon showed an earlier text again".
    expect(notes.get(22)).toEqual({ kind: "came-back", on: ref(24, "2024-05-09"), kept: true });
  });

  it("says a text undone by a return to the one before it was short-lived, and when", () => {
    expect(notes.get(23)).toEqual({
      kind: "undone",
      on: ref(24, "2024-05-09"),
      backTo: ref(22, "2024-05-06"),
    });
    expect(notes.get(25)).toEqual({
      kind: "undone",
      on: ref(26, "2024-06-15"),
      backTo: ref(24, "2024-05-09"),
    });
  });

  it("gives no note to an ordinary change or the first version", () => {
    expect(notes.has(21)).toBe(false);
    expect(notes.has(27)).toBe(false);
  });

  it("reads the next text past versions that changed no clause, whatever the order given", () => {
    const rows = history([
      [1, "2024-01-01", 0, false, null],
      [2, "2024-02-01", 3, true, null],
      [3, "2024-02-02", 0, false, null],
      [4, "2024-02-03", 3, true, 1],
      [5, "2024-04-01", 2, false, null],
    ]);
    const reversed = backAndForthNotes([...rows].reverse());
    expect(reversed.get(2)).toEqual({
      kind: "undone",
      on: ref(4, "2024-02-03"),
      backTo: ref(1, "2024-01-01"),
    });
    expect(reversed.get(4)).toEqual({ kind: "returns", to: ref(1, "2024-01-01"), kept: false });
  });

  it("says a text that came back only to go again was not kept there either", () => {
    // IMDb, January 2023: a text, a re-extraction reading it otherwise, the text again.
    const imdb = history(
      [
        [5, "2022-09-20", 0, false, null],
        [6, "2023-01-01", 5, true, null],
        [7, "2023-01-19", 5, false, null],
        [8, "2023-01-20", 5, false, 6],
      ],
      { 5: "technical", 7: "technical" },
    );
    expect(backAndForthNotes(imdb).get(6)).toEqual({
      kind: "came-back",
      on: ref(8, "2023-01-20"),
      kept: true,
    });
    const flickering = history([
      [1, "2024-01-01", 0, false, null],
      [2, "2024-02-01", 3, true, null],
      [3, "2024-02-02", 4, true, null],
      [4, "2024-02-03", 4, true, 2],
      [5, "2024-02-04", 4, true, null],
    ]);
    expect(backAndForthNotes(flickering).get(2)).toEqual({
      kind: "came-back",
      on: ref(4, "2024-02-03"),
      kept: false,
    });
    expect(backAndForthNotes(flickering).get(5)).toEqual({ kind: "flicker" });
  });
  it("marks a kept return that changed no clause since the text the page last kept", () => {
    // Snapchat, 2023: a re-extraction (Mar 9), another text (Apr 6), the Mar 9 text again, kept.
    const snapchat = history(
      [
        [1, "2022-09-20", 0, false, null],
        [2, "2023-03-09", 90, false, null],
        [3, "2023-04-06", 69, true, null],
        [4, "2023-04-07", 0, false, 2],
      ],
      { 2: "technical" },
    );
    expect(backAndForthNotes(snapchat).get(4)).toEqual({
      kind: "returns",
      to: ref(2, "2023-03-09"),
      kept: true,
      noClauseChanged: true,
    });
  });
});
