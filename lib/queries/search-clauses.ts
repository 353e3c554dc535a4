import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { Provenance } from "../provenance";
import { normaliseSearchQuery } from "../search/search-query";
import { HIT_END, HIT_START } from "../search/highlight";

export type SearchHit = {
  company: string;
  companyName: string;
  /** Curated or machine-read company: a machine clause's practices are the classifier's tags. */
  provenance: Provenance;
  anchor: string;
  headingPath: string[];
  /** Practice slugs of the clause, in taxonomy order. */
  practices: string[];
  /** A passage of the clause with matches between HIT_START and HIT_END; "…" marks cut text. */
  snippet: string;
  rank: number;
};

export type CompanyHits = { company: string; companyName: string; count: number };

export type SearchOutcome = {
  /** The query as searched (cleaned and shortened), "" when nothing was left to search. */
  query: string;
  truncated: boolean;
  /** False when the query has no searchable word: only punctuation or stop-words such as "the". */
  searchable: boolean;
  /** Matching clauses under every filter. */
  total: number;
  /** Matches per company, for companies with any, under the practice filter but not the company filter. */
  byCompany: CompanyHits[];
  results: SearchHit[];
};

export type SearchInput = {
  q: string;
  companies?: string[];
  practices?: string[];
  /** Only clauses of companies with one of these provenances. */
  provenance?: Provenance[];
  limit?: number;
  offset?: number;
};

const FRAGMENT_DELIMITER = " … ";
const MARKERS = `StartSel=${HIT_START}, StopSel=${HIT_END}`;
// A clause this short is quoted whole; a longer one by its best two passages.
const WHOLE_CLAUSE_CHARS = 320;
const WHOLE_OPTIONS = `${MARKERS}, HighlightAll=true`;
const FRAGMENT_OPTIONS = `${MARKERS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;

type HitRow = Omit<SearchHit, "snippet"> & { snippet: string; atStart: boolean; atEnd: boolean };
/** One row per matching company, or a single row of nulls when nothing matches; `terms` always. */
type CountRow = {
  company: string | null;
  companyName: string | null;
  count: number | null;
  terms: number;
};

/**
 * Full-text search over every clause, in PostgreSQL: websearch_to_tsquery syntax ("phrase",
 * -exclude, or), ranked by ts_rank_cd on the weighted `clause.search` column (headings above
 * text), with ts_headline passages. Two queries whatever the input (none for an empty query).
 * Filters: any of `companies` and any of `practices` (tags in clause_practice).
 */
export async function searchClauses(input: SearchInput): Promise<SearchOutcome> {
  const { q, truncated } = normaliseSearchQuery(input.q);
  if (!q) return { query: "", truncated, searchable: false, total: 0, byCompany: [], results: [] };
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 20), 1), 100);
  const offset = Math.max(Math.trunc(input.offset ?? 0), 0);

  // Fragments of one parameterised statement, never text pasted into SQL.
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const practiceFilter = input.practices
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM clause_practice cp JOIN practice pr ON pr.id = cp.practice_id
                             WHERE cp.clause_id = c.id AND pr.slug = ANY(${input.practices}))`
    : Prisma.empty;
  const companyFilter = input.companies
    ? Prisma.sql`AND co.slug = ANY(${input.companies})`
    : Prisma.empty;
  const provenanceFilter = input.provenance
    ? Prisma.sql`AND co.provenance = ANY(${input.provenance}::provenance[])`
    : Prisma.empty;
  const sentinels = HIT_START + HIT_END;
  const db = getDb();

  // Both statements find matches through the GIN index first and touch clause text only for the
  // page of results, so their cost follows the number of matches, not the number of companies.
  const [counts, hits] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      WITH matched AS (
        SELECT p.company_id, count(*)::int AS count
        FROM clause c
        JOIN policy p ON p.id = c.policy_id
        JOIN company co ON co.id = p.company_id
        WHERE c.search @@ ${tsquery} ${practiceFilter} ${provenanceFilter}
        GROUP BY p.company_id
      )
      SELECT co.slug AS company, co.name AS "companyName", m.count, t.terms
      FROM (SELECT numnode(${tsquery}) AS terms) t
      LEFT JOIN (matched m JOIN company co ON co.id = m.company_id) ON true
      ORDER BY co.name COLLATE company_name, co.slug`,
    db.$queryRaw<HitRow[]>`
      WITH hits AS (
        SELECT c.id, c.position, co.slug AS company, co.name AS company_name, co.provenance::text AS provenance, ts_rank_cd(c.search, ${tsquery}, 1) AS rank
        FROM clause c
        JOIN policy p ON p.id = c.policy_id
        JOIN company co ON co.id = p.company_id
        WHERE c.search @@ ${tsquery} ${companyFilter} ${practiceFilter} ${provenanceFilter}
        ORDER BY rank DESC, co.name COLLATE company_name, co.slug, c.position
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT h.company, h.company_name AS "companyName", h.provenance, c.anchor, c.heading_path AS "headingPath",
             ARRAY(SELECT pr.slug FROM clause_practice cp JOIN practice pr ON pr.id = cp.practice_id
                   WHERE cp.clause_id = h.id ORDER BY pr.position) AS practices,
             s.snippet, h.rank::float8 AS rank,
             starts_with(t.text, split_part(s.plain, ${FRAGMENT_DELIMITER}, 1)) AS "atStart",
             right(t.text, length(split_part(s.plain, ${FRAGMENT_DELIMITER}, -1))) = split_part(s.plain, ${FRAGMENT_DELIMITER}, -1) AS "atEnd"
      FROM hits h
      JOIN clause c ON c.id = h.id
      CROSS JOIN LATERAL (SELECT translate(c.text, ${sentinels}, '') AS text) t
      CROSS JOIN LATERAL (
        SELECT ts_headline('english', t.text, ${tsquery},
                           CASE WHEN length(t.text) <= ${WHOLE_CLAUSE_CHARS} THEN ${WHOLE_OPTIONS} ELSE ${FRAGMENT_OPTIONS} END) AS snippet
      ) hl
      CROSS JOIN LATERAL (SELECT hl.snippet, translate(hl.snippet, ${sentinels}, '') AS plain) s
      ORDER BY h.rank DESC, h.company_name COLLATE company_name, h.company, h.position`,
  ]);

  const byCompany = counts.flatMap(({ company, companyName, count }) =>
    company && companyName && count ? [{ company, companyName, count }] : [],
  );
  const inScope = input.companies
    ? byCompany.filter((c) => input.companies!.includes(c.company))
    : byCompany;
  return {
    query: q,
    truncated,
    searchable: (counts[0]?.terms ?? 0) > 0,
    total: inScope.reduce((sum, c) => sum + c.count, 0),
    byCompany,
    results: hits.map(({ atStart, atEnd, snippet, ...hit }) => ({
      ...hit,
      snippet: `${atStart ? "" : "… "}${snippet.trim()}${atEnd ? "" : " …"}`,
      rank: Math.round(hit.rank * 1e6) / 1e6,
    })),
  };
}
