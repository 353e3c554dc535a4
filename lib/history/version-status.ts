export const VERSION_STATUSES = [
  "first",
  "change",
  "layout-only",
  "back-and-forth",
  "technical",
  "other-language",
  "capture-failed",
] as const;

/** What a recorded version is to a reader, as its badge says it. */
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export type ClassifiedVersion = {
  kind: "first" | "change" | "technical";
  /** Clauses modified, added and removed against the previous version. */
  changedClauses: number;
  backAndForth: boolean;
  /** Recorded in another language than English (lib/history/other-language.ts). */
  otherLanguage?: boolean;
  /** Holds no policy: an error page, a cookie wall (lib/history/failed-capture.ts). */
  captureFailed?: boolean;
  /** What the counts are against; null for a first text (see versionStatus). */
  comparedTo?: unknown;
};

/**
 * A change recorded by Open Terms Archive is a change of policy only when a clause changed and
 * the page did not just go back and forth between texts, show a translation or fail to show the
 * policy at all (an error page, a cookie wall, a truncated capture); a re-extraction
 * is never one. Only `"change"` is listed on /changes, in the feeds and among a company's latest
 * changes: the SQL of listChanges and getHistoryOverview (lib/queries/history.ts) says the same.
 */
export function versionStatus(v: ClassifiedVersion): VersionStatus {
  if (v.captureFailed) return "capture-failed";
  if (v.otherLanguage) return "other-language";
  if (v.kind !== "change") return v.kind;
  // The first English text after translations only: nothing in English to compare it with.
  if (v.comparedTo === null) return "first";
  // Before "layout only": a page flipping between two orders of the same clauses is flickering.
  if (v.backAndForth) return "back-and-forth";
  if (v.changedClauses === 0) return "layout-only";
  return "change";
}

/**
 * The words of a version's badge on the timeline and the version's page, and of `label` in
 * /api/companies/{slug}/versions: one vocabulary wherever a version is shown.
 */
export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  first: "First recorded",
  change: "Changed",
  "layout-only": "Layout only",
  "back-and-forth": "Back and forth",
  "other-language": "Another language",
  "capture-failed": "Failed capture",
  technical: "Re-extraction",
};

/** Listed among the atlas's changes (see versionStatus). */
export const isListedChange = (v: ClassifiedVersion) => versionStatus(v) === "change";
