/** A version a note points to (its row in the timeline). */
export type VersionRef = { id: number; recordedAt: string };

/**
 * Why a version is part of a page going back and forth, or how a return ended it, in terms a
 * reader can follow from row to row:
 * - `returns`: the clauses of an earlier version again; `kept` when the page then kept them
 *   (the return is where a change stuck, listed among the atlas's changes), unless they are the
 *   clauses of the text the page kept before the back and forth (`noClauseChanged`: badged
 *   "Layout only", listed nowhere);
 * - `undone`: the next text the page showed was an earlier one (`backTo`), on `on`;
 * - `came-back`: the page showed other texts, then this one again on `on` (`kept` there or not);
 * - `flicker`: part of a back-and-forth in some other way (say with a re-extraction).
 */
export type BackAndForthNote =
  | { kind: "returns"; to: VersionRef; kept: boolean; noClauseChanged?: true }
  | { kind: "undone"; on: VersionRef; backTo: VersionRef }
  | { kind: "came-back"; on: VersionRef; kept: boolean }
  | { kind: "flicker" };

export type NotedVersion = VersionRef & {
  kind: "first" | "change" | "technical";
  changedClauses: number;
  backAndForth: boolean;
  returnsTo: VersionRef | null;
};

const ref = (v: VersionRef): VersionRef => ({ id: v.id, recordedAt: v.recordedAt });

/**
 * The note of every version that returns to an earlier text or is part of a back-and-forth,
 * from the flags the loader stored (lib/history/back-and-forth.ts): a hidden version's own flags
 * say only that it flickered, so the story is read from the returns after it. `versions` is the
 * whole history, in any order. A version with no clause changed continues the text before it,
 * as the loader counts runs of one text.
 */
export function backAndForthNotes(
  versions: readonly NotedVersion[],
): Map<number, BackAndForthNote> {
  const asc = [...versions].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id - b.id);
  const indexOf = new Map(asc.map((v, i) => [v.id, i]));
  // Walked from the newest: the next version that changed a clause, and the first return to each.
  const nextText: Array<NotedVersion | undefined> = [];
  const firstReturnTo = new Map<number, NotedVersion>();
  let following: NotedVersion | undefined;
  for (let i = asc.length - 1; i >= 0; i--) {
    const v = asc[i]!;
    nextText[i] = following;
    if (v.changedClauses > 0) following = v;
    if (v.returnsTo) firstReturnTo.set(v.returnsTo.id, v);
  }
  const notes = new Map<number, BackAndForthNote>();
  asc.forEach((v, i) => {
    if (v.kind !== "change") return;
    if (v.returnsTo) {
      const kept = !v.backAndForth;
      // A kept return's counts are against the text the page last kept (policy_version.compared_to_seq).
      const same = kept && v.changedClauses === 0 ? { noClauseChanged: true as const } : {};
      notes.set(v.id, { kind: "returns", to: ref(v.returnsTo), kept, ...same });
      return;
    }
    if (!v.backAndForth) return;
    const next = nextText[i];
    const backTo = next?.returnsTo;
    if (backTo && (indexOf.get(backTo.id) ?? i) < i) {
      notes.set(v.id, { kind: "undone", on: ref(next), backTo: ref(backTo) });
      return;
    }
    const back = firstReturnTo.get(v.id);
    notes.set(
      v.id,
      back ? { kind: "came-back", on: ref(back), kept: !back.backAndForth } : { kind: "flicker" },
    );
  });
  return notes;
}
