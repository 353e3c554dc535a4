/*
 * A re-extraction that the page's next recording undoes: Open Terms Archive re-extracted a page,
 * got part of it (The Register's policy on Dec 23, 2020: 11,538 characters of its 22,091, so
 * retention, access, security and international transfers had no clause), and eleven minutes
 * later recorded the same page with the very text it held before. Counted from the re-extraction,
 * the next recording was listed as a change that restored 36 clauses and moved four suggested
 * ratings, on a day the company changed nothing (the history audit of 2026-12-10; Stack Overflow's
 * Mar 29, 2021 the same, twenty minutes apart). Such a re-extraction is, to the back-and-forth and
 * to the versions after it, the text before it, as a failed capture is: the recording after it is
 * compared with the text the page held, and keeps its ratings.
 */
import { BACK_AND_FORTH_DAYS } from "./back-and-forth";

const WINDOW_MS = BACK_AND_FORTH_DAYS * 24 * 60 * 60 * 1000;

export type ExtractedText = {
  kind: "first" | "change" | "technical";
  /** Milliseconds since the epoch. */
  at: number;
  /** Identifies the version's clauses: equal keys, equal clauses. */
  key: string;
};

/**
 * For each version, whether it is a re-extraction whose clauses differ from the version's before
 * it, and whose next version, recorded within the back-and-forth window, has the clauses of the
 * version before it again. Versions the caller does not read (a translation, a failed capture) are
 * passed over on both sides.
 */
export function undoneReExtractions(
  versions: readonly ExtractedText[],
  unread: readonly boolean[],
): boolean[] {
  return versions.map((v, i) => {
    if (v.kind !== "technical" || unread[i]) return false;
    let before = i - 1;
    while (before >= 0 && unread[before]) before--;
    let after = i + 1;
    while (after < versions.length && unread[after]) after++;
    if (before < 0 || after >= versions.length) return false;
    const b = versions[before]!;
    const a = versions[after]!;
    return v.key !== b.key && a.key === b.key && a.at - v.at <= WINDOW_MS;
  });
}
