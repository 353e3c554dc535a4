import { apiHistoryRating } from "./api-finding";
import { ATTRIBUTION_JSON, type AttributionJson } from "../provenance";
import type { ChangeEntry } from "../queries/history";

const attribution: AttributionJson = ATTRIBUTION_JSON;

/** Where a change is shown: its comparison on the company's history page, as /changes links it. */
export const comparisonPath = (e: ChangeEntry) =>
  `/companies/${e.company.slug}/changes?from=${e.comparedTo.id}&to=${e.id}`;

/** One change as /api/changes gives it; `comparison` is absolute, from `baseUrl`. */
export function changeJson(e: ChangeEntry, baseUrl: string) {
  return {
    company: {
      slug: e.company.slug,
      name: e.company.name,
      sector: e.company.sector,
      provenance: e.company.provenance,
    },
    id: e.id,
    recordedAt: e.recordedAt,
    kind: e.kind,
    comparedTo: { id: e.comparedTo.id, recordedAt: e.comparedTo.recordedAt },
    added: e.added,
    modified: e.modified,
    removed: e.removed,
    changedPractices: e.changedPractices,
    ratingChanges: e.ratingChanges.map((r) => ({
      practice: r.practice,
      before: apiHistoryRating(r.before),
      after: apiHistoryRating(r.after),
    })),
    comparison: `${baseUrl}${comparisonPath(e)}`,
    diff: `/api/companies/${e.company.slug}/diff?from=${e.comparedTo.id}&to=${e.id}`,
  };
}

export type ChangesPaging = {
  page: number;
  perPage: number;
  pageCount: number;
  total: number;
  next: string | null;
  prev: string | null;
};

/** A page of changes across the atlas, newest first, with where the other pages are. */
export function changesJson(entries: ChangeEntry[], paging: ChangesPaging, baseUrl: string) {
  return { changes: entries.map((e) => changeJson(e, baseUrl)), paging, attribution };
}
