/*
 * Some recorded versions hold no policy: Open Terms Archive captured an error page ("404",
 * "Loading", "We're Sorry"), a cookie wall ("Accept cookies from Instagram on this browser?",
 * Instagram, May 2, 2026), a link index (WhatsApp, Oct 23, 2020) or the statement's first
 * paragraph only (Allstate, Oct 21, 2025). Against the text before it such a version reads as
 * nearly every clause removed, and every practice "no clause found"; listed, it would be a story
 * ("Instagram removed 280 clauses") that never happened. Measured over the corpus's 16,660
 * versions (docs/history.md): a real rewrite to a shorter policy still speaks to most practices
 * (USA.gov's 6,529 → 819 words kept 7 of 12; Pixiv's 65,933 → 7,046 all 14), while a failed
 * capture keeps at most three (Allstate's 130 words: none; the cookie wall: one).
 */

/** A capture this much shorter than the text before it may have failed… */
export const MAX_WORD_SHARE = 0.25;
/** …and did, when its clauses speak to no more practices than this. */
export const MAX_PRACTICES = 3;

export type CaptureShape = {
  /** Words in the recorded text (runs of letters, as englishShare in other-language.ts counts them). */
  words: number;
  /** How many practices its clauses were tagged with, together. */
  practices: number;
};

/**
 * Whether a version is a failed capture, against the last version the page really held (the one
 * before it that is neither a failed capture nor a translation): far shorter than it, and
 * speaking to almost no practice. A first recording has nothing to compare with and is never one;
 * nor is a short text the page never comes back from (buildCompanyHistory: it is what the page
 * now holds).
 */
export function isFailedCapture(version: CaptureShape, kept: CaptureShape | null): boolean {
  if (!kept) return false;
  return version.words < kept.words * MAX_WORD_SHARE && version.practices <= MAX_PRACTICES;
}
