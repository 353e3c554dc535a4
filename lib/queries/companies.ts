import { cache } from "react";
import { sortByCompanyName } from "../company-name-order";
import { getDb } from "../db";
import type { CompanySummary } from "../model";
import { ratingFromDb, type Rating } from "../ratings";

export type { CompanySummary };

export type Evidence = { anchor: string; quote: string; text: string; headingPath: string[] };

export type Finding = { practice: string; rating: Rating; summary: string; evidence: Evidence[] };

export type ClauseView = {
  anchor: string;
  position: number;
  headingPath: string[];
  text: string;
  practices: string[];
};

export type CompanyDetail = CompanySummary & {
  policy: {
    title: string;
    sourceUrl: string | null;
    archiveUrl: string | null;
    contentHash: string;
  };
  findings: Finding[];
  clauses: ClauseView[];
};

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const summarySelect = {
  slug: true,
  name: true,
  legalName: true,
  website: true,
  policy: { select: { effectiveDate: true, effectiveDateLabel: true, archivedOn: true } },
} as const;

type SummaryRow = {
  slug: string;
  name: string;
  legalName: string;
  website: string;
  policy: {
    effectiveDate: Date | null;
    effectiveDateLabel: string | null;
    archivedOn: Date | null;
  } | null;
};

function toSummary(c: SummaryRow): CompanySummary {
  return {
    slug: c.slug,
    name: c.name,
    legalName: c.legalName,
    website: c.website,
    effectiveDate: isoDay(c.policy?.effectiveDate ?? null),
    effectiveDateLabel: c.policy?.effectiveDateLabel ?? null,
    archivedOn: isoDay(c.policy?.archivedOn ?? null),
  };
}

/** All companies, alphabetically as a reader expects ("dotCloud" between "Code 42" and "IBackup"). */
export async function listCompanies(): Promise<CompanySummary[]> {
  const rows = await getDb().company.findMany({ select: summarySelect });
  return sortByCompanyName(rows.map(toSummary));
}

/**
 * One company with its policy metadata, findings (in taxonomy order) and clauses; null if unknown.
 * Wrapped in React's cache so a page and its metadata share one lookup per request.
 */
export const getCompany = cache(async (slug: string): Promise<CompanyDetail | null> => {
  const row = await getDb().company.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      policy: {
        select: {
          effectiveDate: true,
          effectiveDateLabel: true,
          archivedOn: true,
          title: true,
          sourceUrl: true,
          archiveUrl: true,
          contentHash: true,
          clauses: {
            orderBy: { position: "asc" },
            select: {
              anchor: true,
              position: true,
              headingPath: true,
              text: true,
              practices: { select: { practice: { select: { slug: true, position: true } } } },
            },
          },
        },
      },
      findings: {
        orderBy: { practice: { position: "asc" } },
        select: {
          rating: true,
          summary: true,
          practice: { select: { slug: true } },
          evidence: {
            orderBy: { position: "asc" },
            select: {
              quote: true,
              clause: { select: { anchor: true, text: true, headingPath: true } },
            },
          },
        },
      },
    },
  });
  if (!row || !row.policy) return null;
  return {
    ...toSummary(row),
    policy: {
      title: row.policy.title,
      sourceUrl: row.policy.sourceUrl,
      archiveUrl: row.policy.archiveUrl,
      contentHash: row.policy.contentHash,
    },
    findings: row.findings.map((f) => ({
      practice: f.practice.slug,
      rating: ratingFromDb(f.rating),
      summary: f.summary,
      evidence: f.evidence.map((e) => ({
        anchor: e.clause.anchor,
        quote: e.quote,
        text: e.clause.text,
        headingPath: e.clause.headingPath,
      })),
    })),
    clauses: row.policy.clauses.map((c) => ({
      anchor: c.anchor,
      position: c.position,
      headingPath: c.headingPath,
      text: c.text,
      practices: c.practices
        .map((p) => p.practice)
        .sort((a, b) => a.position - b.position)
        .map((p) => p.slug),
    })),
  };
});

/** A few companies by name, for pages that suggest where to go (cheap at any number of companies). */
export async function listSomeCompanies(
  limit: number,
): Promise<Array<{ slug: string; name: string }>> {
  // Real companies first; within each kind, the first names in the one company order.
  const rows = await getDb().$queryRaw<Array<{ slug: string; name: string }>>`
    SELECT slug, name FROM company
    ORDER BY synthetic, name COLLATE company_name, slug
    LIMIT ${limit}`;
  return sortByCompanyName(rows);
}
