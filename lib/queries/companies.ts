import { cache } from "react";
import { sortByCompanyName } from "../company-name-order";
import { datePrecisionFromDb, statedAfterRecorded, statedIso } from "../date-precision";
import { getDb } from "../db";
import type { CompanySummary, MachineFact } from "../model";
import type { Provenance } from "../provenance";
import { ratingFromText, type Rating } from "../ratings";
import type { SectorSlug } from "../sectors";
import { perDataVersion, perDataVersionKeyed } from "./per-data-version";

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
/**
 * `probability` is the classifier's for a machine tag, null for a curator's; `machine` marks a
 * classifier's tag whose probability was not kept (a recorded version's stored tags).
 */
export type ClauseTag = { practice: string; probability: number | null; machine?: true };

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

/** A stored date at the precision the policy stated it: "2026-06-30", or "2026-06" for a month. */
function statedDate(date: Date | null, stored: string) {
  const precision = datePrecisionFromDb(stored);
  return {
    effectiveDate: statedIso(date, precision),
    effectiveDatePrecision: date ? precision : null,
  };
}

export const summarySelect = {
  slug: true,
  name: true,
  legalName: true,
  website: true,
  sector: true,
  provenance: true,
  samePolicyAs: true,
  recordedLongAgo: true,
  mayNotBePrivacyPolicy: true,
  supersededBy: true,
  policy: {
    select: {
      effectiveDate: true,
      effectiveDatePrecision: true,
      effectiveDateLabel: true,
      archivedOn: true,
      recordedBy: true,
    },
  },
} as const;

type SummaryRow = {
  slug: string;
  name: string;
  legalName: string;
  website: string;
  sector: string;
  provenance: Provenance;
  samePolicyAs: string[];
  recordedLongAgo: boolean;
  mayNotBePrivacyPolicy: boolean;
  supersededBy: string | null;
  policy: {
    effectiveDate: Date | null;
    effectiveDatePrecision: string;
    effectiveDateLabel: string | null;
    archivedOn: Date | null;
    recordedBy: string | null;
  } | null;
};

export function toSummary(c: SummaryRow): CompanySummary {
  const dates = {
    ...statedDate(c.policy?.effectiveDate ?? null, c.policy?.effectiveDatePrecision ?? "day"),
    archivedOn: isoDay(c.policy?.archivedOn ?? null),
  };
  return {
    slug: c.slug,
    name: c.name,
    legalName: c.legalName,
    website: c.website,
    effectiveDate: dates.effectiveDate,
    effectiveDatePrecision: dates.effectiveDatePrecision,
    effectiveDateLabel: c.policy?.effectiveDateLabel ?? null,
    archivedOn: dates.archivedOn,
    // The seed validates sectors against the fixed list (seeds/sectors.json).
    sector: c.sector as SectorSlug,
    provenance: c.provenance,
    recordedBy: c.policy?.recordedBy ?? null,
    samePolicyAs: c.samePolicyAs,
    recordedLongAgo: c.recordedLongAgo,
    mayNotBePrivacyPolicy: c.mayNotBePrivacyPolicy,
    supersededBy: c.supersededBy,
    statedAfterRecorded: isStatedAfterRecorded(dates),
  };
}

/** Whether a policy's own date is later than the day its text was recorded. */
export const isStatedAfterRecorded = (c: {
  effectiveDate: string | null;
  archivedOn: string | null;
}): boolean =>
  !!c.effectiveDate && !!c.archivedOn && statedAfterRecorded(c.effectiveDate, c.archivedOn);

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

/**
 * All companies, alphabetically as a reader expects ("dotCloud" between "Code 42" and "IBackup"):
 * read and sorted once per data version (shared, read-only).
 */
export const listCompanies: () => Promise<CompanySummary[]> = perDataVersion(
  "companies",
  async () => {
    const rows = await getDb().company.findMany({ select: summarySelect });
    return sortByCompanyName(rows.map(toSummary));
  },
);

type CompanyRow = {
  slug: string;
  name: string;
  legal_name: string;
  website: string;
  sector: string;
  provenance: Provenance;
  same_policy_as: string[];
  recorded_long_ago: boolean;
  may_not_be_privacy_policy: boolean;
  superseded_by: string | null;
  effective_date: Date | null;
  effective_date_precision: string;
  effective_date_label: string | null;
  archived_on: string | null;
  recorded_by: string | null;
  title: string;
  source_url: string | null;
  archive_url: string | null;
  content_hash: string;
  /** [anchor, position, headingPath, text, [[practice, probability], …]] per clause, in order. */
  clauses: Array<[string, number, string[], string, Array<[string, number | null]>]>;
  /** [practice, rating, summary, provenance, reason, confidence, facts, evidence] in taxonomy order. */
  findings: Array<
    [string, string, string, Provenance, string | null, number | null, unknown, EvidenceTuple[]]
  >;
};
/** [quote, clause anchor, clause text, clause heading path] */
type EvidenceTuple = [string, string, string, string[]];

const toEvidence = ([quote, anchor, text, headingPath]: EvidenceTuple): Evidence => ({
  anchor,
  quote,
  text,
  headingPath,
});

/*
 * Enough for the whole corpus (307 companies): with fewer, visitors going through many companies
 * (a crawler, the bench's round of all 307) evict each one before it is asked for again, and every
 * company page pays for its statement and its policy's HTML. Measured: Next's resident memory
 * after serving all 307 twice was 603 MB keeping every one, 593 MB keeping 64.
 */
const COMPANIES_KEPT = 512;

/**
 * One company with its policy metadata, findings (in taxonomy order) and clauses; null if unknown.
 * One statement: PostgreSQL assembles the clauses, tags, findings and evidence as JSON arrays, so
 * a policy of 800 clauses costs one round trip and one JSON parse rather than a query per
 * relation joined in JavaScript. Kept per data version for the COMPANIES_KEPT companies most
 * recently asked for (a policy is immutable between seeds), and shared by a page and its metadata.
 */
const loadCompany = perDataVersionKeyed(
  "company",
  COMPANIES_KEPT,
  async (slug: string): Promise<CompanyDetail | null> => {
    const rows = await getDb().$queryRaw<CompanyRow[]>`
      SELECT co.slug, co.name, co.legal_name, co.website, co.sector, co.provenance::text AS provenance,
             co.same_policy_as, co.recorded_long_ago, co.may_not_be_privacy_policy, co.superseded_by,
             p.effective_date, p.effective_date_precision, p.effective_date_label,
             to_char(p.archived_on, 'YYYY-MM-DD') AS archived_on, p.recorded_by, p.title,
             p.source_url, p.archive_url, p.content_hash,
             (SELECT coalesce(json_agg(json_build_array(c.anchor, c.position, c.heading_path, c.text,
                       (SELECT coalesce(json_agg(json_build_array(pr.slug, cp.probability) ORDER BY pr.position), '[]')
                          FROM clause_practice cp JOIN practice pr ON pr.id = cp.practice_id
                         WHERE cp.clause_id = c.id)) ORDER BY c.position), '[]')
                FROM clause c WHERE c.policy_id = p.id) AS clauses,
             (SELECT coalesce(json_agg(json_build_array(pr.slug, f.rating::text, f.summary, f.provenance::text,
                       f.reason, f.confidence, f.facts,
                       (SELECT coalesce(json_agg(json_build_array(e.quote, c.anchor, c.text, c.heading_path) ORDER BY e.position), '[]')
                          FROM finding_evidence e JOIN clause c ON c.id = e.clause_id
                         WHERE e.finding_id = f.id)) ORDER BY pr.position), '[]')
                FROM finding f JOIN practice pr ON pr.id = f.practice_id
               WHERE f.company_id = co.id) AS findings
      FROM company co JOIN policy p ON p.company_id = co.id
      WHERE co.slug = ${slug}`;
    const row = rows[0];
    if (!row) return null;
    return {
      ...toSummary({
        slug: row.slug,
        name: row.name,
        legalName: row.legal_name,
        website: row.website,
        sector: row.sector,
        provenance: row.provenance,
        samePolicyAs: row.same_policy_as,
        recordedLongAgo: row.recorded_long_ago,
        mayNotBePrivacyPolicy: row.may_not_be_privacy_policy,
        supersededBy: row.superseded_by,
        policy: null,
      }),
      ...statedDate(row.effective_date, row.effective_date_precision),
      effectiveDateLabel: row.effective_date_label,
      archivedOn: row.archived_on,
      statedAfterRecorded: isStatedAfterRecorded({
        effectiveDate: statedDate(row.effective_date, row.effective_date_precision).effectiveDate,
        archivedOn: row.archived_on,
      }),
      recordedBy: row.recorded_by,
      policy: {
        title: row.title,
        sourceUrl: row.source_url,
        archiveUrl: row.archive_url,
        contentHash: row.content_hash,
        recordedBy: row.recorded_by,
      },
      findings: row.findings.map(
        ([practice, rating, summary, provenance, reason, confidence, facts, evidence]) => ({
          practice,
          rating: ratingFromText(rating),
          summary,
          provenance,
          reason,
          confidence,
          facts: factsFromDb(facts),
          evidence: evidence.map(toEvidence),
        }),
      ),
      clauses: row.clauses.map(([anchor, position, headingPath, text, tagged]) => {
        const tags = tagged.map(([practice, probability]) => ({ practice, probability }));
        return {
          anchor,
          position,
          headingPath,
          text,
          practices: tags.map((t) => t.practice),
          tags,
        };
      }),
    };
  },
);

/** Wrapped in React's cache too, so a page and its metadata make one lookup per request. */
export const getCompany = cache(loadCompany);

const someCompanies = perDataVersionKeyed("some-companies", 4, async (limit: string) => {
  // Real before synthetic, reviewed before machine-read: the companies worth suggesting first;
  // within each kind, the first names in the one company order.
  const rows = await getDb().$queryRaw<
    Array<{ slug: string; name: string; provenance: Provenance }>
  >`
    SELECT slug, name, provenance FROM company
    ORDER BY synthetic, provenance, name COLLATE company_name, slug
    LIMIT ${Number(limit)}`;
  return sortByCompanyName(rows);
});

/**
 * A few companies by name, for pages that suggest where to go (cheap at any number of
 * companies). Next renders the company not-found page with every company page, so the answer
 * is kept per data version (shared, read-only).
 */
export function listSomeCompanies(
  limit: number,
): Promise<Array<{ slug: string; name: string; provenance: Provenance }>> {
  return someCompanies(String(limit));
}

/** How many companies of each kind there are, kept per data version like the suggestions above. */
export const countCompanies: () => Promise<Record<Provenance, number>> = perDataVersion(
  "company-counts",
  async () => {
    const rows = await getDb().$queryRaw<Array<{ provenance: Provenance; n: number }>>`
      SELECT provenance, count(*)::int AS n FROM company GROUP BY provenance`;
    const counts: Record<Provenance, number> = { curated: 0, machine: 0 };
    for (const r of rows) counts[r.provenance] = r.n;
    return counts;
  },
);
