/*
 * Some pages go back and forth between texts: a regional or A/B variant served on alternate days
 * (894 of Alibaba's 958 changes), or a text published and withdrawn within hours. Each switch is a
 * recorded version, but not a change of policy. This finds them, looking at the whole recorded
 * history (a later recording can show that an earlier text was short-lived).
 */

/** A text that recurs or is undone within this many days is part of a back-and-forth. */
export const BACK_AND_FORTH_DAYS = 30;
const WINDOW_MS = BACK_AND_FORTH_DAYS * 24 * 60 * 60 * 1000;

export type RecordedText = {
  /** Identifies the version's clauses: equal keys, equal clauses. */
  key: string;
  /** Milliseconds since the epoch. */
  at: number;
  kind: "first" | "change" | "technical";
};

export type BackAndForth = {
  /**
   * The index of the latest earlier version with these clauses, when they were in force within
   * the window before this version (a return); else null.
   */
  returnsTo: number | null;
  /**
   * True when this version is part of a back-and-forth and is not where the page settled on a
   * new text: /changes, the feeds and the company page's latest changes leave it out.
   */
  hidden: boolean;
  /**
   * The index of the version this one's changes are counted against: the one before it, except
   * for a change listed after the page went back and forth (a return the page kept, or a text it
   * settled on after flickering), which is compared with the latest version before the flickering
   * (the text the page last kept), so that what the listed change says is what changed since
   * then, not what undid a short-lived text. Null for the first version.
   */
  comparedTo: number | null;
};

type Run = { first: number; key: string; start: number; end: number; kind: RecordedText["kind"] };

/**
 * For each version, whether it returns to an earlier text and whether it is left out of the
 * atlas's changes. A run of versions with the same clauses counts as one text. A run is part of
 * a back-and-forth when its clauses were in force within the window before it, come back within
 * the window after it, or when the text before it comes back within the window (it was undone).
 * Such a run is still listed when the page settles on it (it lasts the window, or is the latest)
 * and it differs from the text the page last settled on: that is a change that stuck.
 */
export function findBackAndForth(versions: RecordedText[]): BackAndForth[] {
  const out: BackAndForth[] = versions.map((_, i) => ({
    returnsTo: null,
    hidden: false,
    comparedTo: i === 0 ? null : i - 1,
  }));
  const runs: Run[] = [];
  versions.forEach((v, i) => {
    const last = runs[runs.length - 1];
    if (last && last.key === v.key) return;
    if (last) last.end = v.at;
    runs.push({ first: i, key: v.key, start: v.at, end: Number.POSITIVE_INFINITY, kind: v.kind });
  });

  // The latest run of each text, as the runs are walked in order.
  const latestRun = new Map<string, number>();
  const nextStartOf = new Map<number, number>();
  const seenAfter = new Map<string, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    const next = seenAfter.get(r.key);
    if (next !== undefined) nextStartOf.set(i, runs[next]!.start);
    seenAfter.set(r.key, i);
  }

  let settledKey = runs[0]?.key;
  runs.forEach((r, i) => {
    const before = latestRun.get(r.key);
    latestRun.set(r.key, i);
    const settles = r.end - r.start >= WINDOW_MS || i === runs.length - 1;
    // A re-extraction is Open Terms Archive's doing, never listed as a change: no flags, but its
    // text counts as the page's.
    if (i === 0 || r.kind !== "change") {
      if (settles) settledKey = r.key;
      return;
    }
    const recursBefore = before !== undefined && runs[before]!.end >= r.start - WINDOW_MS;
    if (recursBefore) out[r.first]!.returnsTo = runs[before]!.first;
    const nextStart = nextStartOf.get(i);
    const recursAfter = nextStart !== undefined && nextStart <= r.end + WINDOW_MS;
    const after = runs[i + 1];
    const undone =
      after !== undefined && after.key === runs[i - 1]!.key && after.start - r.start <= WINDOW_MS;
    const backAndForth = recursBefore || recursAfter || undone;
    out[r.first]!.hidden = backAndForth && !(settles && r.key !== settledKey);
    if (settles) settledKey = r.key;
  });

  /*
   * A listed change right after hidden texts is compared with the text the page showed before
   * them (the latest run not hidden), as last shown: the flickering may have returned to it.
   */
  runs.forEach((r, i) => {
    if (i === 0 || r.kind !== "change" || out[r.first]!.hidden) return;
    let j = i - 1;
    while (j > 0 && out[runs[j]!.first]!.hidden) j--;
    if (j === i - 1) return;
    let last = i - 1;
    while (runs[last]!.key !== runs[j]!.key) last--;
    out[r.first]!.comparedTo = runs[last + 1]!.first - 1;
  });
  return out;
}
