import { apiRating, type ApiRating } from "../api/api-finding";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Provenance } from "../provenance";
import { ratingFromText } from "../ratings";
import { factsFromDb, type CompanySummary, type Evidence, type Finding } from "./companies";
import { perDataVersionBatch } from "./per-data-version";
import type { Practice } from "./practices";

/** The company's finding for one practice, with the facts that decided a machine rating. */
export type MatrixCell = { company: string } & Finding;
/**
 * A cell as the comparison grid shows it: each quote with its clause's anchor and heading, not the
 * clause's whole text (the API's cells carry it; the grid links to the clause instead), and not
 * the machine's facts.
 */
export type GridCellData = Omit<CellWith<Omit<Evidence, "text">>, "facts">;
/** A cell whose evidence items are `E`. */
type CellWith<E> = Omit<MatrixCell, "evidence"> & { evidence: E[] };
export type Matrix = { practices: Practice[]; companies: CompanySummary[]; cells: MatrixCell[] };

type Known = { practices: Practice[]; companies: CompanySummary[] };
type Filter = { practices?: string[]; companies?: string[]; ratings?: ApiRating[] };

/** The practices and companies a filter keeps (all of each when omitted), in taxonomy and the given order. */
export function selectMatrix(known: Known, filter: Filter): Known {
  return {
    practices: filter.practices
      ? known.practices.filter((p) => filter.practices!.includes(p.slug))
      : known.practices,
    companies: filter.companies
      ? known.companies.filter((c) => filter.companies!.includes(c.slug))
      : known.companies,
  };
}

/**
 * Findings for the chosen practices × companies, from lists the caller has already loaded
 * (to validate the filter): one more query whatever the number of companies.
 */
export async function getMatrix(known: Known, filter: Filter = {}): Promise<Matrix> {
  const { practices, companies } = selectMatrix(known, filter);
  const cells = await getCells(practices, companies);
  return { practices, companies, cells: keepRatings(cells, filter.ratings) };
}

/**
 * The cells with one of the ratings as the API gives them (every cell when none are given):
 * `not-addressed` keeps a person's finding of silence, `no-clause-found` the machine's.
 */
export function keepRatings(cells: MatrixCell[], ratings: readonly ApiRating[] | undefined) {
  return ratings?.length
    ? cells.filter((c) => ratings.includes(apiRating(c.rating, c.provenance)))
    : cells;
}

type CellRow = {
  company: string;
  practice: string;
  rating: string;
  summary: string;
  provenance: Provenance;
  reason: string | null;
  confidence: number | null;
  /** [quote, clause anchor, clause text (null when not asked for), clause heading path], in order. */
  evidence: Array<[string, string, string | null, string[]]>;
  /** The machine's facts (null when not asked for, and for curated findings). */
  facts: unknown;
};

/**
 * The cells for practices × companies the caller has already looked up: one statement, with
 * each finding's evidence assembled as a JSON array by PostgreSQL (no query per relation).
 */
export async function getCells(
  practices: Practice[],
  companies: CompanySummary[],
): Promise<MatrixCell[]> {
  if (!practices.length || !companies.length) return [];
  const rows = await queryCells(
    companies.map((c) => c.slug),
    practices.map((p) => p.slug),
    true,
  );
  const bySlot = new Map(rows.map((r) => [`${r.company}|${r.practice}`, r]));
  const cells: MatrixCell[] = [];
  for (const p of practices)
    for (const c of companies) {
      const r = bySlot.get(`${c.slug}|${p.slug}`);
      cells.push(
        r
          ? {
              ...toCell(r, ([quote, anchor, text, headingPath]) => ({
                anchor,
                quote,
                text: text ?? "",
                headingPath,
              })),
              facts: factsFromDb(r.facts),
            }
          : { ...silence(c, p), facts: factsFromDb(null) },
      );
    }
  return cells;
}

/** How many companies' grid cells are kept per data version (more than the corpus holds). */
const GRID_COMPANIES_KEPT = 1024;

/**
 * Each company's grid cells for every practice, by practice slug, kept per data version: a
 * comparison is a few of 307 companies, the same companies recur across comparisons, and their
 * findings change only with a seed. A page reads the companies it has not seen since the last
 * seed in one statement, and none after.
 */
const companyGridCells = perDataVersionBatch(
  "grid-cells",
  GRID_COMPANIES_KEPT,
  async (slugs): Promise<Map<string, Map<string, GridCellData>>> => {
    const rows = await queryCells(slugs, null, false);
    const out = new Map(slugs.map((s) => [s, new Map<string, GridCellData>()]));
    for (const r of rows)
      out.get(r.company)?.set(
        r.practice,
        toCell(r, ([quote, anchor, , headingPath]) => ({ anchor, quote, headingPath })),
      );
    return out;
  },
);

/**
 * The cells as the comparison grid shows them: without the clauses' text or the facts. The
 * cells are shared with other requests: read-only.
 */
export async function getGridCells(
  practices: Practice[],
  companies: CompanySummary[],
): Promise<GridCellData[]> {
  if (!practices.length || !companies.length) return [];
  const byCompany = await companyGridCells(companies.map((c) => c.slug));
  const cells: GridCellData[] = [];
  for (const p of practices)
    for (const c of companies) cells.push(byCompany.get(c.slug)?.get(p.slug) ?? silence(c, p));
  return cells;
}

/** The findings of the companies on the practices (every practice when null): one statement. */
function queryCells(companies: string[], practices: string[] | null, detailed: boolean) {
  const clauseText = detailed ? Prisma.sql`c.text` : Prisma.sql`NULL`;
  const facts = detailed ? Prisma.sql`f.facts` : Prisma.sql`NULL`;
  const practiceFilter = practices
    ? Prisma.sql`AND pr.slug = ANY(${practices}::text[])`
    : Prisma.empty;
  return getDb().$queryRaw<CellRow[]>`
    SELECT co.slug AS company, pr.slug AS practice, f.rating::text AS rating, f.summary,
           f.provenance::text AS provenance, f.reason, f.confidence, ${facts} AS facts,
           (SELECT coalesce(json_agg(json_build_array(e.quote, c.anchor, ${clauseText}, c.heading_path) ORDER BY e.position), '[]')
              FROM finding_evidence e JOIN clause c ON c.id = e.clause_id
             WHERE e.finding_id = f.id) AS evidence
    FROM finding f
    JOIN company co ON co.id = f.company_id
    JOIN practice pr ON pr.id = f.practice_id
    WHERE co.slug = ANY(${companies}::text[]) ${practiceFilter}`;
}

function toCell<E>(r: CellRow, toEvidence: (row: CellRow["evidence"][number]) => E) {
  return {
    company: r.company,
    practice: r.practice,
    rating: ratingFromText(r.rating),
    summary: r.summary,
    provenance: r.provenance,
    reason: r.reason,
    confidence: r.confidence,
    evidence: r.evidence.map(toEvidence),
  };
}

/** A missing finding row is shown as silence, never as a blank. */
function silence(company: CompanySummary, practice: Practice) {
  return {
    company: company.slug,
    practice: practice.slug,
    rating: "not-addressed" as const,
    summary: "No finding has been recorded for this practice.",
    provenance: company.provenance,
    reason: null,
    confidence: null,
    evidence: [],
  };
}
