import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { Provenance } from "../provenance";
import { quotedPhrases } from "../search/quoted-phrases";
import { normaliseSearchQuery } from "../search/search-query";
import { MAX_PER_COMPANY } from "../params/search-api-params";
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
  /**
   * The heading path (joined by " › ") with its matches marked, when the match is in the heading
   * alone (the passage marks none); null otherwise, the heading then shown plain.
   */
  headingMarked: string | null;
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
  /**
   * How many results all the pages hold together: `total`, or with `perCompany` the sum over the
   * companies in scope of their matches up to `perCompany` each. What `limit` and `offset` page through.
   */
  listed: number;
  /** With `perCompany`: the place of the page's first company among all with matches (1 is the best); else 0. */
  firstCompany: number;
  results: SearchHit[];
};

export type SearchInput = {
  q: string;
  companies?: string[];
  practices?: string[];
  /** Only clauses of companies with one of these provenances. */
  provenance?: Provenance[];
  /**
   * At most this many clauses of each company, its best first, companies in the order of their
   * best clause. `limit` and `offset` then count these results, and a company's are never split
   * between pages: a page holds every company whose first result falls in it, so up to
   * `limit + perCompany - 1` results.
   */
  perCompany?: number;
  limit?: number;
  offset?: number;
};

const FRAGMENT_DELIMITER = " … ";
const MARKERS = `StartSel=${HIT_START}, StopSel=${HIT_END}`;
// A clause this short is quoted whole; a longer one by its best two passages.
const WHOLE_CLAUSE_CHARS = 320;
const WHOLE_OPTIONS = `${MARKERS}, HighlightAll=true`;
const FRAGMENT_OPTIONS = `${MARKERS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
/*
 * ts_headline parses the whole text it is given, and the best-ranked clauses are the long ones
 * (several kB): a clause longer than PASSAGE_CHARS is quoted from the passage of that length
 * around its first match (from PASSAGE_LEAD characters before it), found by the query's stems.
 * A stem is not always a prefix of the word ("share" for "sharing"), so it is looked for less
 * its last letter; and where no stem is found, or the passage has no match after all, the
 * whole clause is used, as before.
 */
const PASSAGE_CHARS = 1200;
const PASSAGE_LEAD = 240;

type HitRow = Omit<SearchHit, "snippet"> & {
  snippet: string;
  atStart: boolean;
  atEnd: boolean;
  ord: number;
};
type SearchRow = { terms: number; byCompany: CompanyHits[]; hits: HitRow[] };

/** The one statement of a search, exported so its plan can be read (EXPLAIN, render-speed.md). */
export function searchStatement(
  q: string,
  input: Omit<SearchInput, "q">,
  limit: number,
  offset: number,
): Prisma.Sql {
  // Fragments of one parameterised statement, never text pasted into SQL.
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  // The practices' ids as one array, not a join on their slugs: joined, PostgreSQL guessed ~150
  // tagged clauses where a broad practice has thousands, and checked every one of them against
  // the words (`cookies` among cookies and third-party clauses: 43 ms); now it finds the words
  // first and checks the tags in one hashed pass (17 ms).
  const practiceFilter = input.practices
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM clause_practice cp WHERE cp.clause_id = c.id
                             AND cp.practice_id = ANY(ARRAY(SELECT id FROM practice WHERE slug = ANY(${input.practices}))))`
    : Prisma.empty;
  const provenanceFilter = input.provenance
    ? Prisma.sql`AND co.provenance = ANY(${input.provenance}::provenance[])`
    : Prisma.empty;
  // Counts ignore the company filter (the other companies stay one click away); the page obeys it.
  const inScope = input.companies
    ? Prisma.sql`co.slug = ANY(${input.companies})`
    : Prisma.sql`true`;
  const sentinels = HIT_START + HIT_END;
  /*
   * A quoted phrase that lost words to the tsquery's stop words ("do not sell" searched as
   * "sell") must also hold its words, in order (quoted-phrases.ts). Phrases whose every word is a
   * lexeme ("third parties") keep the tsquery's meaning, word forms included ("third party").
   */
  const phrases = quotedPhrases(q);
  const exact = phrases.length
    ? Prisma.sql`exact AS (
      SELECT coalesce(array_agg(x.pattern), '{}') AS patterns
      FROM unnest(${phrases.map((p) => p.words.join(" "))}::text[], ${phrases.map((p) => p.pattern)}::text[],
                  ${phrases.map((p) => p.words.length)}::int[]) AS x(phrase, pattern, words)
      WHERE length(to_tsvector('english', x.phrase)) < x.words
    ),`
    : Prisma.empty;
  // Decided once (an InitPlan), not per match, when no phrase lost a word ("third parties"):
  // a NOT EXISTS over an empty list still cost 13 ms over its 12,000 matches.
  const exactFilter = phrases.length
    ? Prisma.sql`AND ((SELECT cardinality(patterns) FROM exact) = 0
        OR NOT EXISTS (SELECT 1 FROM exact, unnest(exact.patterns) r WHERE c.text !~* r))`
    : Prisma.empty;
  const perCompany = input.perCompany;
  /*
   * Without perCompany, the page is the best `limit` matches. With it, the companies are ranked
   * by their best match from the per-company counts (a hashed aggregate over the matches, which
   * the counts need anyway; ~300 rows to sort, not every match), each given the place of its
   * first result in the whole list; the page is the companies whose first result falls in
   * [offset, offset + limit), and only their matches are numbered per company (a few dozen rows
   * to sort, not thousands).
   */
  const page =
    perCompany === undefined
      ? Prisma.sql`page AS (
      SELECT m.id, m.position, m.rank, co.slug, co.name, co.provenance, 0 AS ord
      FROM matched m
      JOIN company co ON co.id = m.company_id
      WHERE m.in_scope
      ORDER BY m.rank DESC, co.name COLLATE company_name, co.slug, m.position
      LIMIT ${limit} OFFSET ${offset}
    )`
      : Prisma.sql`ranked_companies AS (
      SELECT k.company_id, k.slug, k.name, k.provenance, row_number() OVER w AS ord,
             sum(least(k.n, ${perCompany}::int)) OVER w - least(k.n, ${perCompany}::int) AS first_at
      FROM per_company k
      WHERE k.best IS NOT NULL
      WINDOW w AS (ORDER BY k.best DESC, k.name COLLATE company_name, k.slug ROWS UNBOUNDED PRECEDING)
    ),
    page_companies AS MATERIALIZED (
      SELECT * FROM ranked_companies
      WHERE first_at >= ${offset}::int AND first_at < ${offset + limit}::int
    ),
    page AS (
      SELECT x.id, x.position, x.rank, pc.slug, pc.name, pc.provenance, pc.ord
      FROM (SELECT m.id, m.company_id, m.position, m.rank,
                   row_number() OVER (PARTITION BY m.company_id ORDER BY m.rank DESC, m.position) AS nth
            FROM matched m
            WHERE m.company_id = ANY(ARRAY(SELECT company_id FROM page_companies))) x
      JOIN page_companies pc ON pc.company_id = x.company_id
      WHERE x.nth <= ${perCompany}::int
    )`;

  return Prisma.sql`
    WITH ${exact} matched AS MATERIALIZED (
      SELECT c.id, p.company_id, c.position, ${inScope} AS in_scope,
             CASE WHEN ${inScope} THEN ts_rank_cd(c.search, ${tsquery}, 1) END AS rank
      FROM clause c
      JOIN policy p ON p.id = c.policy_id
      JOIN company co ON co.id = p.company_id
      WHERE c.search @@ ${tsquery} ${practiceFilter} ${provenanceFilter} ${exactFilter}
    ),
    per_company AS (
      SELECT k.company_id, k.n, k.best, co.slug, co.name, co.provenance
      FROM (SELECT company_id, count(*)::int AS n, max(rank) AS best FROM matched GROUP BY company_id) k
      JOIN company co ON co.id = k.company_id
    ),
    ${page},
    stems AS (
      SELECT coalesce(array_agg(DISTINCT CASE WHEN length(s[1]) > 4 THEN left(s[1], -1) ELSE s[1] END), '{}') AS prefixes
      FROM regexp_matches(querytree(${tsquery}), '''((?:[^'']|'''')+)''', 'g') AS s
    ),
    quoted AS MATERIALIZED (
      SELECT h.*, c.anchor, c.heading_path,
             ARRAY(SELECT pr.slug FROM clause_practice cp JOIN practice pr ON pr.id = cp.practice_id
                   WHERE cp.clause_id = h.id ORDER BY pr.position) AS practices,
             hl.snippet, t.text
      FROM page h
      JOIN clause c ON c.id = h.id
      CROSS JOIN LATERAL (SELECT translate(c.text, ${sentinels}, '') AS text OFFSET 0) t
      CROSS JOIN LATERAL (
        SELECT min(nullif(strpos(lower(t.text), x), 0)) AS at
        FROM stems, unnest(stems.prefixes) x
        WHERE length(t.text) > ${PASSAGE_CHARS}
      ) first
      CROSS JOIN LATERAL (
        SELECT CASE WHEN first.at IS NULL THEN t.text
                    ELSE regexp_replace(regexp_replace(
                           substr(t.text, greatest(first.at - ${PASSAGE_LEAD}, 1), ${PASSAGE_CHARS}),
                           CASE WHEN first.at > ${PASSAGE_LEAD} THEN '^\\S*\\s+' ELSE '^' END, ''),
                         '\\s+\\S*$', '') END AS passage
        OFFSET 0
      ) w
      CROSS JOIN LATERAL (
        SELECT ts_headline('english', w.passage, ${tsquery},
                           CASE WHEN length(t.text) <= ${WHOLE_CLAUSE_CHARS} THEN ${WHOLE_OPTIONS} ELSE ${FRAGMENT_OPTIONS} END) AS snippet
        OFFSET 0
      ) h1
      CROSS JOIN LATERAL (
        SELECT CASE WHEN first.at IS NULL OR strpos(h1.snippet, ${HIT_START}) > 0 THEN h1.snippet
                    ELSE ts_headline('english', t.text, ${tsquery}, ${FRAGMENT_OPTIONS}) END AS snippet
        OFFSET 0
      ) hl
    )
    SELECT numnode(${tsquery}) AS terms,
      (SELECT coalesce(json_agg(json_build_object('company', k.slug, 'companyName', k.name, 'count', k.n)
                                ORDER BY k.name COLLATE company_name, k.slug), '[]')
       FROM per_company k) AS "byCompany",
      (SELECT coalesce(json_agg(json_build_object(
                'company', q.slug, 'companyName', q.name, 'provenance', q.provenance, 'anchor', q.anchor,
                'headingPath', q.heading_path, 'practices', q.practices, 'snippet', q.snippet,
                'headingMarked', CASE WHEN strpos(q.snippet, ${HIT_START}) = 0 AND cardinality(q.heading_path) > 0
                  THEN ts_headline('english', translate(array_to_string(q.heading_path, ' › '), ${sentinels}, ''), ${tsquery}, ${WHOLE_OPTIONS}) END,
                'rank', q.rank::float8, 'ord', q.ord,
                'atStart', starts_with(q.text, split_part(p.plain, ${FRAGMENT_DELIMITER}, 1)),
                'atEnd', right(q.text, length(split_part(p.plain, ${FRAGMENT_DELIMITER}, -1))) = split_part(p.plain, ${FRAGMENT_DELIMITER}, -1))
              ORDER BY q.ord, q.rank DESC, q.name COLLATE company_name, q.slug, q.position), '[]')
       FROM quoted q CROSS JOIN LATERAL (SELECT translate(q.snippet, ${sentinels}, '') AS plain OFFSET 0) p) AS hits`;
}

/**
 * Full-text search over every clause, in PostgreSQL: websearch_to_tsquery syntax ("phrase",
 * -exclude, or), ranked by ts_rank_cd on the weighted `clause.search` column (headings above
 * text), with ts_headline passages. One statement whatever the input (none for an empty query):
 * the matches are found once, through the GIN index, and both counted per company and ranked;
 * clause text is read only for the page of results. Filters: any of `companies`, any of
 * `practices` (tags in clause_practice), any of `provenance`. With `perCompany`, results are
 * spread across companies (see SearchInput), still in the one statement.
 */
export async function searchClauses(input: SearchInput): Promise<SearchOutcome> {
  const { q, truncated } = normaliseSearchQuery(input.q);
  if (!q)
    return {
      query: "",
      truncated,
      searchable: false,
      total: 0,
      byCompany: [],
      listed: 0,
      firstCompany: 0,
      results: [],
    };
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 20), 1), 100);
  const offset = Math.max(Math.trunc(input.offset ?? 0), 0);
  const perCompany =
    input.perCompany === undefined
      ? undefined
      : Math.min(Math.max(Math.trunc(input.perCompany), 1), MAX_PER_COMPANY);

  const [row] = await getDb().$queryRaw<SearchRow[]>(
    searchStatement(q, { ...input, perCompany }, limit, offset),
  );

  const byCompany = row?.byCompany ?? [];
  const inScopeCounts = input.companies
    ? byCompany.filter((c) => input.companies!.includes(c.company))
    : byCompany;
  const hits = row?.hits ?? [];
  return {
    query: q,
    truncated,
    searchable: (row?.terms ?? 0) > 0,
    total: inScopeCounts.reduce((sum, c) => sum + c.count, 0),
    byCompany,
    listed: inScopeCounts.reduce((sum, c) => sum + Math.min(c.count, perCompany ?? c.count), 0),
    firstCompany: perCompany === undefined ? 0 : (hits[0]?.ord ?? 0),
    results: hits.map(({ atStart, atEnd, snippet, ord: _ord, ...hit }) => ({
      ...hit,
      snippet: `${atStart ? "" : "… "}${snippet.trim()}${atEnd ? "" : " …"}`,
      rank: Math.round(hit.rank * 1e6) / 1e6,
    })),
  };
}
