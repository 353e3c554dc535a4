import { stringify } from "csv-stringify/sync";
import { apiCertainty } from "../api/api-finding";
import { clauseHref } from "../clause-href";
import { versionPageHref } from "../history/version-href";
import { OTA_ATTRIBUTION } from "../provenance";
import type { Matrix } from "../queries/matrix";

export const GRID_CSV_COLUMNS = [
  "company",
  "company_name",
  "practice",
  "practice_name",
  "rating",
  "summary",
  "evidence_anchors",
  "evidence_quotes",
  "evidence_links",
  "provenance",
  "confidence",
  "closest_clause_probability",
  "reason",
  "policy_date",
  "policy_date_label",
  "recorded_on",
  "policy_date_after_recording",
  "source_attribution",
  // Added after the others (December 2026), so a script reading columns by position still works.
  "sector",
  "recorded_long_ago",
  "facts",
  "evidence_version_links",
  "may_not_be_privacy_policy",
] as const;

/** Who recorded the policy a row quotes: the licence of Open Terms Archive's data asks for credit. */
export const SOURCE_ATTRIBUTION = {
  openTermsArchive: `${OTA_ATTRIBUTION.credit} (${OTA_ATTRIBUTION.url}), ${OTA_ATTRIBUTION.licence}`,
  wayback: "Internet Archive Wayback Machine (archived copy)",
} as const;

export const EVIDENCE_SEPARATOR = " | ";

export type GridCsvRow = Record<(typeof GRID_CSV_COLUMNS)[number], string>;

/**
 * One row per company × practice (those the rating filter kept): companies in the view's order,
 * practices in taxonomy order. Evidence links are absolute, from `baseUrl`, so they work from a
 * spreadsheet.
 */
export function gridCsvRows(
  matrix: Matrix,
  baseUrl: string,
  /** Each company's recorded version its findings were read from (getReadVersions). */
  readVersions: ReadonlyMap<string, number> = new Map(),
): GridCsvRow[] {
  const cells = new Map(matrix.cells.map((c) => [`${c.company}|${c.practice}`, c]));
  const rows: GridCsvRow[] = [];
  for (const company of matrix.companies)
    for (const practice of matrix.practices) {
      const cell = cells.get(`${company.slug}|${practice.slug}`);
      if (!cell) continue;
      const readVersion = readVersions.get(company.slug);
      // One rating column a spreadsheet filter can trust: the machine's miss is "no-clause-found".
      const { rating, confidence, closestClauseProbability: closest } = apiCertainty(cell);
      rows.push({
        company: company.slug,
        company_name: company.name,
        practice: practice.slug,
        practice_name: practice.name,
        rating,
        summary: cell.summary,
        evidence_anchors: cell.evidence.map((e) => e.anchor).join(EVIDENCE_SEPARATOR),
        evidence_quotes: cell.evidence.map((e) => e.quote).join(EVIDENCE_SEPARATOR),
        // The grid's own "Read in the policy" address: the clause with this finding's quotes marked.
        evidence_links: cell.evidence
          .map((e) => `${baseUrl}${clauseHref(company.slug, e.anchor, { finding: practice.slug })}`)
          .join(EVIDENCE_SEPARATOR),
        provenance: cell.provenance,
        confidence: confidence === null ? "" : confidence.toFixed(2),
        closest_clause_probability: closest === null ? "" : closest.toFixed(2),
        reason: cell.reason ?? "",
        // A spreadsheet pasted into a report must say which version of the policy it judged.
        policy_date: company.effectiveDate ?? "",
        policy_date_label: company.effectiveDate ? (company.effectiveDateLabel ?? "") : "",
        recorded_on: company.archivedOn ?? "",
        // Published ahead of the day it takes effect: the row may judge a policy not yet in force.
        policy_date_after_recording: company.statedAfterRecorded ? "true" : "false",
        source_attribution: company.recordedBy
          ? SOURCE_ATTRIBUTION.openTermsArchive
          : SOURCE_ATTRIBUTION.wayback,
        sector: company.sector,
        // The grid's "the service's current policy may differ": a spreadsheet must carry it too.
        recorded_long_ago: company.recordedLongAgo ? "true" : "false",
        // What decided a machine rating, a column a spreadsheet can filter ("children-age: under
        // 13") instead of parsing summaries; the quotes are in the JSON.
        // Each said once: several sentences often state the same ("under 18" in four places).
        facts: [...new Set(cell.facts.map((f) => `${f.kind}: ${f.value}`))].join(
          EVIDENCE_SEPARATOR,
        ),
        // The same clauses in the recorded version that was read: that page keeps its text when
        // the company records a new one, where evidence_links follow the latest (empty while the
        // history loads).
        evidence_version_links: readVersion
          ? cell.evidence
              .map((e) => `${baseUrl}${versionPageHref(company.slug, readVersion, e.anchor)}`)
              .join(EVIDENCE_SEPARATOR)
          : "",
        // The grid's "may not be its privacy policy": its findings then say little.
        may_not_be_privacy_policy: company.mayNotBePrivacyPolicy ? "true" : "false",
      });
    }
  return rows;
}

/**
 * The grid as CSV (RFC 4180 quoting by csv-stringify), with a byte-order mark so spreadsheet
 * programs read the policies' curly quotes and dashes as UTF-8.
 */
export function gridToCsv(
  matrix: Matrix,
  baseUrl: string,
  readVersions?: ReadonlyMap<string, number>,
): string {
  return stringify(gridCsvRows(matrix, baseUrl, readVersions), {
    header: true,
    columns: [...GRID_CSV_COLUMNS],
    bom: true,
    record_delimiter: "windows",
  });
}
