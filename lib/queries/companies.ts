import { cache } from "react";
import { sortByCompanyName } from "../company-name-order";
import { getDb } from "../db";
import type { CompanySummary, MachineFact } from "../model";
import type { Provenance } from "../provenance";
import { ratingFromDb, type Rating } from "../ratings";
import type { SectorSlug } from "../sectors";

export type { CompanySummary };

export type Evidence = { anchor: string; quote: string; text: string; headingPath: string[] };

export type { MachineFact };

export type Finding = {
  practice: string;
  rating: Rating;
  summary: string;
  provenance: Provenance;
  /** Machine findings: why the rules gave this rating (null for curated findings). */
  reason: string | null;
  /** Machine findings: how sure the reading is, 0–1 (null for curated findings). */
  confidence: number | null;
  /** Machine findings: the facts that decided the rating, each with its exact quote. */
  facts: MachineFact[];
  evidence: Evidence[];
};

/** A practice a clause speaks to; `probability` is the classifier's for a machine tag, null for a person's. */
export type ClauseTag = { practice: string; probability: number | null };

export type ClauseView = {
  anchor: string;
  position: number;
  headingPath: string[];
  text: string;
  practices: string[];
  tags: ClauseTag[];
};

export type CompanyDetail = CompanySummary & {
  policy: {
    title: string;
    sourceUrl: string | null;
    archiveUrl: string | null;
    contentHash: string;
    recordedBy: string | null;
  };
  findings: Finding[];
  clauses: ClauseView[];
};

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const summarySelect = {
  slug: true,
  name: true,
  legalName: true,
  website: true,
  sector: true,
  provenance: true,
  policy: {
    select: { effectiveDate: true, effectiveDateLabel: true, archivedOn: true, recordedBy: true },
  },
} as const;

type SummaryRow = {
  slug: string;
  name: string;
  legalName: string;
  website: string;
  sector: string;
  provenance: Provenance;
  policy: {
    effectiveDate: Date | null;
    effectiveDateLabel: string | null;
    archivedOn: Date | null;
    recordedBy: string | null;
  } | null;
};

export function toSummary(c: SummaryRow): CompanySummary {
  return {
    slug: c.slug,
    name: c.name,
    legalName: c.legalName,
    website: c.website,
    effectiveDate: isoDay(c.policy?.effectiveDate ?? null),
    effectiveDateLabel: c.policy?.effectiveDateLabel ?? null,
    archivedOn: isoDay(c.policy?.archivedOn ?? null),
    // The seed validates sectors against the fixed list (seeds/sectors.json).
    sector: c.sector as SectorSlug,
    provenance: c.provenance,
    recordedBy: c.policy?.recordedBy ?? null,
  };
}

/** Facts as stored (JSONB written by the corpus seed); anything malformed is left out, not shown. */
export function factsFromDb(value: unknown): MachineFact[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: unknown) => {
    if (typeof f !== "object" || f === null) return [];
    const { kind, value: v, quote } = f as Record<string, unknown>;
    return typeof kind === "string" && typeof v === "string" && typeof quote === "string"
      ? [{ kind, value: v, quote }]
      : [];
  });
}

export const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

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
          recordedBy: true,
          clauses: {
            orderBy: { position: "asc" },
            select: {
              anchor: true,
              position: true,
              headingPath: true,
              text: true,
              practices: {
                select: { probability: true, practice: { select: { slug: true, position: true } } },
              },
            },
          },
        },
      },
      findings: {
        orderBy: { practice: { position: "asc" } },
        select: {
          rating: true,
          summary: true,
          provenance: true,
          reason: true,
          confidence: true,
          facts: true,
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
      recordedBy: row.policy.recordedBy,
    },
    findings: row.findings.map((f) => ({
      practice: f.practice.slug,
      rating: ratingFromDb(f.rating),
      summary: f.summary,
      provenance: f.provenance,
      reason: f.reason,
      confidence: f.confidence,
      facts: factsFromDb(f.facts),
      evidence: f.evidence.map((e) => ({
        anchor: e.clause.anchor,
        quote: e.quote,
        text: e.clause.text,
        headingPath: e.clause.headingPath,
      })),
    })),
    clauses: row.policy.clauses.map((c) => {
      const tags = c.practices
        .sort((a, b) => a.practice.position - b.practice.position)
        .map((p) => ({ practice: p.practice.slug, probability: p.probability }));
      return {
        anchor: c.anchor,
        position: c.position,
        headingPath: c.headingPath,
        text: c.text,
        practices: tags.map((t) => t.practice),
        tags,
      };
    }),
  };
});

/** A few companies by name, for pages that suggest where to go (cheap at any number of companies). */
export async function listSomeCompanies(
  limit: number,
): Promise<Array<{ slug: string; name: string }>> {
  // Real before synthetic, reviewed before machine-read: the companies worth suggesting first;
  // within each kind, the first names in the one company order.
  const rows = await getDb().$queryRaw<Array<{ slug: string; name: string }>>`
    SELECT slug, name FROM company
    ORDER BY synthetic, provenance, name COLLATE company_name, slug
    LIMIT ${limit}`;
  return sortByCompanyName(rows);
}
