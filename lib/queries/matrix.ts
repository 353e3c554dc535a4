import { getDb } from "../db";
import { ratingFromDb, type Rating } from "../ratings";
import type { CompanySummary, Finding } from "./companies";
import type { Practice } from "./practices";

/** A grid cell: the company's finding for one practice, without the machine's facts. */
export type MatrixCell = { company: string } & Omit<Finding, "facts">;
export type Matrix = { practices: Practice[]; companies: CompanySummary[]; cells: MatrixCell[] };

type Known = { practices: Practice[]; companies: CompanySummary[] };
type Filter = { practices?: string[]; companies?: string[]; ratings?: Rating[] };

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

/** The cells with one of the ratings (every cell when none are given). */
export function keepRatings(cells: MatrixCell[], ratings: readonly Rating[] | undefined) {
  return ratings?.length ? cells.filter((c) => ratings.includes(c.rating)) : cells;
}

/** The cells for practices × companies the caller has already looked up: one query. */
export async function getCells(
  practices: Practice[],
  companies: CompanySummary[],
): Promise<MatrixCell[]> {
  const rows = await getDb().finding.findMany({
    where: {
      company: { slug: { in: companies.map((c) => c.slug) } },
      practice: { slug: { in: practices.map((p) => p.slug) } },
    },
    select: {
      rating: true,
      summary: true,
      provenance: true,
      reason: true,
      confidence: true,
      company: { select: { slug: true } },
      practice: { select: { slug: true } },
      evidence: {
        orderBy: { position: "asc" },
        select: {
          quote: true,
          clause: { select: { anchor: true, text: true, headingPath: true } },
        },
      },
    },
  });
  const bySlot = new Map(rows.map((r) => [`${r.company.slug}|${r.practice.slug}`, r]));
  const cells: MatrixCell[] = [];
  for (const p of practices)
    for (const c of companies) {
      const r = bySlot.get(`${c.slug}|${p.slug}`);
      // A missing finding row is shown as silence, never as a blank.
      cells.push(
        r
          ? {
              company: c.slug,
              practice: p.slug,
              rating: ratingFromDb(r.rating),
              summary: r.summary,
              provenance: r.provenance,
              reason: r.reason,
              confidence: r.confidence,
              evidence: r.evidence.map((e) => ({
                anchor: e.clause.anchor,
                quote: e.quote,
                text: e.clause.text,
                headingPath: e.clause.headingPath,
              })),
            }
          : {
              company: c.slug,
              practice: p.slug,
              rating: "not-addressed",
              summary: "No finding has been recorded for this practice.",
              provenance: c.provenance,
              reason: null,
              confidence: null,
              evidence: [],
            },
      );
    }
  return cells;
}
