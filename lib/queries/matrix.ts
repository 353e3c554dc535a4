import { getDb } from "../db";
import { ratingFromDb, type Rating } from "../ratings";
import type { CompanySummary, Evidence } from "./companies";
import { listCompanies } from "./companies";
import { listPractices, type Practice } from "./practices";

export type MatrixCell = { company: string; practice: string; rating: Rating; summary: string; evidence: Evidence[] };
export type Matrix = { practices: Practice[]; companies: CompanySummary[]; cells: MatrixCell[] };

/**
 * Findings for the chosen practices × companies (all of each when omitted), in taxonomy and
 * name order. Three queries whatever the number of companies.
 */
export async function getMatrix(filter: { practices?: string[]; companies?: string[] } = {}): Promise<Matrix> {
  const [allPractices, allCompanies] = await Promise.all([listPractices(), listCompanies()]);
  const practices = filter.practices ? allPractices.filter((p) => filter.practices!.includes(p.slug)) : allPractices;
  const companies = filter.companies ? allCompanies.filter((c) => filter.companies!.includes(c.slug)) : allCompanies;
  return { practices, companies, cells: await getCells(practices, companies) };
}

/** The cells for practices × companies the caller has already looked up: one query. */
export async function getCells(practices: Practice[], companies: CompanySummary[]): Promise<MatrixCell[]> {
  const rows = await getDb().finding.findMany({
    where: { company: { slug: { in: companies.map((c) => c.slug) } }, practice: { slug: { in: practices.map((p) => p.slug) } } },
    select: {
      rating: true,
      summary: true,
      company: { select: { slug: true } },
      practice: { select: { slug: true } },
      evidence: { orderBy: { position: "asc" }, select: { quote: true, clause: { select: { anchor: true, text: true, headingPath: true } } } },
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
              evidence: r.evidence.map((e) => ({ anchor: e.clause.anchor, quote: e.quote, text: e.clause.text, headingPath: e.clause.headingPath })),
            }
          : { company: c.slug, practice: p.slug, rating: "not-addressed", summary: "No finding has been recorded for this practice.", evidence: [] },
      );
    }
  return cells;
}
