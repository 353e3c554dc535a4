import { ATTRIBUTION_JSON, type AttributionJson } from "../provenance";
import { VERSION_STATUS_LABELS, versionStatus } from "../history/version-status";
import type { DiffClause, Timeline, VersionDiff, VersionSummary } from "../queries/history";

/*
 * The JSON of /api/companies/{slug}/versions and /diff: what a version and a compared clause show
 * to API clients (ids, dates, counts), not the stored internals. lib/api/response-schemas.ts ties
 * its schemas to these return types, so the reference cannot drift from them. Both carry the
 * attribution: a corpus company's versions are Open Terms Archive's recordings (ODC-BY 1.0).
 */

const attribution: AttributionJson = ATTRIBUTION_JSON;
const clause = (c: DiffClause) => ({ text: c.text, practices: c.practices });
const version = (v: VersionSummary) => ({ id: v.id, recordedAt: v.recordedAt, kind: v.kind });

/** Every recorded version of a policy, newest first. */
export function versionsJson(timeline: Timeline) {
  return {
    versions: timeline.versions.map((v) => {
      // What the pages call it: a "change" whose clauses all stayed the same is "Layout only".
      const status = versionStatus(v);
      return {
        id: v.id,
        recordedAt: v.recordedAt,
        kind: v.kind,
        status,
        label: VERSION_STATUS_LABELS[status],
        clauseCount: v.clauseCount,
        changedClauses: v.changedClauses,
        changedPractices: v.changedPractices,
        returnsTo: v.returnsTo,
        backAndForth: v.backAndForth,
        otherLanguage: v.otherLanguage,
        captureFailed: v.captureFailed,
        comparedTo: v.comparedTo && { id: v.comparedTo.id, recordedAt: v.comparedTo.recordedAt },
      };
    }),
    attribution,
  };
}

/** Two versions compared clause by clause. */
export function diffJson(diff: VersionDiff) {
  return {
    from: version(diff.from),
    to: version(diff.to),
    added: diff.added.map(clause),
    removed: diff.removed.map(clause),
    modified: diff.modified.map((m) => ({ before: clause(m.before), after: clause(m.after) })),
    attribution,
  };
}
