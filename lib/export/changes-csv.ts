import { stringify } from "csv-stringify/sync";
import { apiHistoryRating } from "../api/api-finding";
import { comparisonPath } from "../api/changes-json";
import type { ChangeEntry } from "../queries/history";
import { sectorName } from "../sectors";
import { EVIDENCE_SEPARATOR, SOURCE_ATTRIBUTION } from "./grid-csv";

export const CHANGES_CSV_COLUMNS = [
  "company",
  "company_slug",
  "sector",
  "recorded_at",
  "kind",
  "compared_to_recorded_at",
  "clauses_added",
  "clauses_modified",
  "clauses_removed",
  "practices_touched",
  "rating_changes",
  "comparison_link",
  "source_attribution",
] as const;

export type ChangesCsvRow = Record<(typeof CHANGES_CSV_COLUMNS)[number], string>;

/**
 * One row per change, newest first, as /changes lists them. Dates are ISO 8601 (UTC), for a
 * spreadsheet to sort; the comparison link is absolute, from `baseUrl`, so it works from a
 * report; lists are joined as the grid's CSV joins its evidence.
 */
export function changesCsvRows(entries: ChangeEntry[], baseUrl: string): ChangesCsvRow[] {
  return entries.map((e) => ({
    company: e.company.name,
    company_slug: e.company.slug,
    sector: sectorName(e.company.sector),
    recorded_at: e.recordedAt,
    kind: e.kind,
    compared_to_recorded_at: e.comparedTo.recordedAt,
    clauses_added: String(e.added),
    clauses_modified: String(e.modified),
    clauses_removed: String(e.removed),
    practices_touched: e.changedPractices.join(EVIDENCE_SEPARATOR),
    rating_changes: e.ratingChanges
      .map((r) => `${r.practice}: ${apiHistoryRating(r.before)} → ${apiHistoryRating(r.after)}`)
      .join(EVIDENCE_SEPARATOR),
    comparison_link: `${baseUrl}${comparisonPath(e)}`,
    // Every recorded version is Open Terms Archive's (ODC-BY 1.0), which asks for credit, a
    // promoted (curated) company's included: a Wayback copy is one version and never a change.
    source_attribution: SOURCE_ATTRIBUTION.openTermsArchive,
  }));
}

/** The changes as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, as the grid's. */
export function changesToCsv(entries: ChangeEntry[], baseUrl: string): string {
  return stringify(changesCsvRows(entries, baseUrl), {
    header: true,
    columns: [...CHANGES_CSV_COLUMNS],
    bom: true,
    record_delimiter: "windows",
  });
}
