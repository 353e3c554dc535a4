import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { perDataVersionKeyed } from "./per-data-version";
import { datePrecisionFromDb, statedIso } from "../date-precision";
import { matchClauses } from "../history/match-clauses";
import { PRACTICE_SLUGS } from "../reading/practice-slugs";
import {
  HISTORY_STATUS_KEY,
  parseHistoryStatus,
  type HistoryStatus,
} from "../history/history-status";

export type VersionKind = "first" | "change" | "technical";

export type VersionSummary = {
  id: number;
  seq: number;
  recordedAt: string;
  kind: VersionKind;
  clauseCount: number;
  added: number;
  removed: number;
  modified: number;
  changedClauses: number;
  changedPractices: string[];
  /** Machine-read companies: suggested ratings that moved at this version. */
  ratingChanges: RatingChange[];
  /**
   * A change back to the clauses of a version in force within the 30 days before it (a page
   * alternating between texts): that version.
   */
  returnsTo: { id: number; recordedAt: string } | null;
  /**
   * Part of a page going back and forth between texts (lib/history/back-and-forth.ts): left out
   * of /changes, the feeds and the company page's latest changes.
   */
  backAndForth: boolean;
  /**
   * Recorded in another language than English (lib/history/other-language.ts): left out of
   * /changes, the feeds, the company page's latest changes and the ratings over time.
   */
  otherLanguage: boolean;
  /**
   * Holds no policy: Open Terms Archive captured an error page, a cookie wall or a truncated page
   * (lib/history/failed-capture.ts); left out as a translation is.
   */
  captureFailed: boolean;
  /**
   * The version the counts, practices and rating changes compare this one with: the one before
   * it, or, for a change that stuck after the page went back and forth, the version before the
   * flickering (the text the page last kept; `sinceKept`), or, after versions in another
   * language, the last English version before it (`overOtherLanguage`, with `sinceKept`), and
   * after failed captures the last version recorded whole (`overFailedCapture`). Null for the
   * first version.
   */
  comparedTo: {
    id: number;
    recordedAt: string;
    sinceKept: boolean;
    overOtherLanguage: boolean;
    overFailedCapture: boolean;
  } | null;
};

export type RatingChange = { practice: string; before: string; after: string };

export type HistoryCompany = {
  id: number;
  slug: string;
  name: string;
  sector: string;
  provenance: "curated" | "machine";
  /**
   * Who recorded its versions: "Open Terms Archive" for the corpus and a company promoted from
   * it (curated, yet its history is the recorded versions, read by the machine), null for a
   * Wayback copy (the first five: one archived version, nothing recorded again).
   */
  recordedBy: string | null;
};

/** The date the current policy states for itself ("2025-11-30", or "2026-06" for a month). */
export type TimelineCompany = HistoryCompany & {
  statedDate: { iso: string; label: string | null } | null;
};

export type Timeline = { company: TimelineCompany; versions: VersionSummary[] };

export type VersionRow = {
  id: number;
  seq: number;
  recorded_at: Date;
  kind: VersionKind;
  clause_count: number;
  added: number;
  removed: number;
  modified: number;
  changed_practices: string[];
  rating_changes: RatingChange[];
  back_and_forth: boolean;
  other_language: boolean;
  capture_failed: boolean;
  /** Selected where the page shows returns (the timeline, the company page). */
  returns_to_id?: number | null;
  returns_to_at?: Date | null;
  /** Selected where the page links a version to its comparison (not by getVersionDiff). */
  compared_to_id?: number | null;
  compared_to_at?: Date | null;
  compared_to_seq?: number | null;
  compared_over_other_language?: boolean | null;
  compared_over_failed_capture?: boolean | null;
};

export const summary = (r: VersionRow): VersionSummary => ({
  id: r.id,
  seq: r.seq,
  recordedAt: r.recorded_at.toISOString(),
  kind: r.kind,
  clauseCount: r.clause_count,
  added: r.added,
  removed: r.removed,
  modified: r.modified,
  changedClauses: r.added + r.removed + r.modified,
  changedPractices: r.changed_practices,
  ratingChanges: r.rating_changes,
  returnsTo:
    r.returns_to_id && r.returns_to_at
      ? { id: r.returns_to_id, recordedAt: r.returns_to_at.toISOString() }
      : null,
  backAndForth: r.back_and_forth,
  otherLanguage: r.other_language,
  captureFailed: r.capture_failed,
  comparedTo:
    r.compared_to_id && r.compared_to_at && r.compared_to_seq
      ? {
          id: r.compared_to_id,
          recordedAt: r.compared_to_at.toISOString(),
          sinceKept: r.compared_to_seq !== r.seq - 1,
          overOtherLanguage: r.compared_over_other_language === true,
          overFailedCapture: r.compared_over_failed_capture === true,
        }
      : null,
});

/**
 * The version a version (alias `version`) is compared with, as selected columns (alias `b`; see
 * VersionRow), and whether a version in another language, or a failed capture, lies between
 * the two.
 */
export const comparedTo = (version: "v" | "p") =>
  Prisma.sql`b."id" AS "compared_to_id", b."recorded_at" AS "compared_to_at", b."seq" AS "compared_to_seq",
    EXISTS (SELECT 1 FROM "policy_version" o WHERE o."company_id" = b."company_id"
      AND o."seq" > b."seq" AND o."seq" < ${Prisma.raw(`${version}."seq"`)} AND o."other_language") AS "compared_over_other_language",
    EXISTS (SELECT 1 FROM "policy_version" o WHERE o."company_id" = b."company_id"
      AND o."seq" > b."seq" AND o."seq" < ${Prisma.raw(`${version}."seq"`)} AND o."capture_failed") AS "compared_over_failed_capture"`;

async function findCompany(slug: string): Promise<TimelineCompany | null> {
  const [row] = await getDb().$queryRaw<
    Array<
      HistoryCompany & {
        effective_date: Date | null;
        effective_date_precision: string | null;
        effective_date_label: string | null;
      }
    >
  >`
    SELECT c."id", c."slug", c."name", c."sector", c."provenance"::text AS "provenance",
           p."recorded_by" AS "recordedBy", p."effective_date", p."effective_date_precision", p."effective_date_label"
    FROM "company" c LEFT JOIN "policy" p ON p."company_id" = c."id"
    WHERE c."slug" = ${slug} AND NOT c."synthetic"`;
  if (!row) return null;
  const { effective_date, effective_date_precision, effective_date_label, ...company } = row;
  const iso = statedIso(effective_date, datePrecisionFromDb(effective_date_precision ?? "day"));
  return { ...company, statedDate: iso ? { iso, label: effective_date_label } : null };
}

/** Progress of the history load (null before the first one). */
export async function getHistoryStatus(): Promise<HistoryStatus | null> {
  const row = await getDb().appMeta.findUnique({ where: { key: HISTORY_STATUS_KEY } });
  return parseHistoryStatus(row?.value);
}

/**
 * Every recorded version of a company's policy, newest first: two queries whatever the number
 * of versions (the company, then its versions with their precomputed change counts).
 */
export async function getTimeline(slug: string): Promise<Timeline | null> {
  const company = await findCompany(slug);
  if (!company) return null;
  const rows = await getDb().$queryRaw<VersionRow[]>`
    SELECT v."id", v."seq", v."recorded_at", v."kind", cardinality(v."clause_ids") AS "clause_count",
           v."added", v."removed", v."modified", v."changed_practices", v."rating_changes", v."back_and_forth", v."other_language", v."capture_failed",
           r."id" AS "returns_to_id", r."recorded_at" AS "returns_to_at", ${comparedTo("v")}
    FROM "policy_version" v
    LEFT JOIN "policy_version" r ON r."company_id" = v."company_id" AND r."seq" = v."returns_to_seq"
    LEFT JOIN "policy_version" b ON b."company_id" = v."company_id" AND b."seq" = v."compared_to_seq"
    WHERE v."company_id" = ${company.id} ORDER BY v."seq" DESC`;
  return { company, versions: rows.map(summary) };
}

export type DiffClause = { id: number; text: string; heading: string; practices: string[] };

export type VersionDiff = {
  company: HistoryCompany;
  from: VersionSummary;
  to: VersionSummary;
  added: DiffClause[];
  removed: DiffClause[];
  modified: Array<{ before: DiffClause; after: DiffClause }>;
  unchanged: number;
  /** Of the unchanged, clauses whose words changed only their typography (match-clauses.ts). */
  retyped: number;
  /** Suggested ratings that differ between the two versions (machine-read companies). */
  ratingChanges: RatingChange[];
};

/** Where a comparison's time went, added to by getVersionDiff (for scripts/bench/). */
export type DiffTimings = { queriesMs: number; matchingMs: number };

export type DiffResult =
  { ok: true; diff: VersionDiff } | { ok: false; status: 400 | 404; error: string };

type DiffVersionRow = Omit<VersionRow, "recorded_at" | "compared_to_at"> & {
  recorded_at: string;
  compared_to_at: string | null;
  company_id: number;
  clause_ids: number[];
  ratings: Record<string, string> | null;
};

/**
 * Compares two versions of one company's policy in one statement (a round trip costs more than
 * the work under load): the company, the two versions, and only the clauses that differ (the
 * ids in one version and not the other, found in PostgreSQL), so the cost follows the size of
 * the change, not of the policy.
 */
export async function getVersionDiff(
  slug: string,
  fromId: number,
  toId: number,
  timings?: DiffTimings,
): Promise<DiffResult> {
  const started = performance.now();
  const [row] = await getDb().$queryRaw<
    Array<{
      company: HistoryCompany | null;
      versions: DiffVersionRow[] | null;
      clauses: DiffClause[] | null;
    }>
  >`
    WITH v AS (
      SELECT p."id", p."seq", p."company_id", p."recorded_at", p."kind", cardinality(p."clause_ids") AS "clause_count",
             p."added", p."removed", p."modified", p."changed_practices", p."rating_changes", p."back_and_forth",
             p."other_language", p."capture_failed", p."clause_ids", p."ratings", ${comparedTo("p")}
      FROM "policy_version" p
      LEFT JOIN "policy_version" b ON b."company_id" = p."company_id" AND b."seq" = p."compared_to_seq"
      WHERE p."id" = ANY(${[fromId, toId]}::int[])),
    f AS (SELECT unnest("clause_ids") AS "id" FROM v WHERE "id" = ${fromId}),
    t AS (SELECT unnest("clause_ids") AS "id" FROM v WHERE "id" = ${toId})
    SELECT
      (SELECT json_build_object('id', c."id", 'slug', c."slug", 'name', c."name", 'sector', c."sector", 'provenance', c."provenance",
                                'recordedBy', (SELECT "recorded_by" FROM "policy" WHERE "company_id" = c."id"))
       FROM "company" c WHERE c."slug" = ${slug} AND NOT c."synthetic") AS "company",
      (SELECT json_agg(v) FROM v) AS "versions",
      (SELECT json_agg(json_build_object('id', h."id", 'text', h."text", 'heading', h."heading", 'practices', h."practices"))
       FROM "history_clause" h
       WHERE h."id" IN ((SELECT "id" FROM f EXCEPT SELECT "id" FROM t) UNION ALL (SELECT "id" FROM t EXCEPT SELECT "id" FROM f))) AS "clauses"`;
  const company = row?.company;
  if (!company) return { ok: false, status: 404, error: `Unknown company: ${slug}` };
  const byId = new Map((row.versions ?? []).map((r) => [r.id, r]));
  for (const id of [fromId, toId]) {
    const version = byId.get(id);
    if (!version) return { ok: false, status: 404, error: `Unknown version: ${id}` };
    if (version.company_id !== company.id)
      return {
        ok: false,
        status: 400,
        error: `Version ${id} belongs to another company, not to ${company.slug}.`,
      };
  }
  const asSummary = (r: DiffVersionRow) =>
    summary({
      ...r,
      recorded_at: new Date(r.recorded_at),
      compared_to_at: r.compared_to_at === null ? null : new Date(r.compared_to_at),
    });
  const from = byId.get(fromId)!;
  const to = byId.get(toId)!;
  const fromSet = new Set(from.clause_ids);
  const toSet = new Set(to.clause_ids);
  const clauses = row.clauses ?? [];
  const matching = performance.now();
  if (timings) timings.queriesMs += matching - started;
  const byClause = new Map(clauses.map((c) => [c.id, c]));
  const inOrder = (ids: number[]) =>
    ids.filter((id) => byClause.has(id)).map((id) => byClause.get(id)!);
  const changes = matchClauses(
    inOrder(from.clause_ids.filter((id) => !toSet.has(id))),
    inOrder(to.clause_ids.filter((id) => !fromSet.has(id))),
  );
  if (timings) timings.matchingMs += performance.now() - matching;
  // A clause only in `to` whose text is in `from` (its heading renamed) is unchanged.
  const changedIds = new Set(
    [...changes.added, ...changes.modified.map((m) => m.after)].map((c) => c.id),
  );
  return {
    ok: true,
    diff: {
      company,
      from: asSummary(from),
      to: asSummary(to),
      ...changes,
      unchanged: to.clause_ids.filter((id) => !changedIds.has(id)).length,
      ratingChanges:
        from.ratings && to.ratings
          ? // In the taxonomy's order, as every list of practices is shown.
            PRACTICE_SLUGS.filter((p) => p in to.ratings!)
              .filter((p) => from.ratings![p] !== to.ratings![p])
              .map((p) => ({
                practice: p,
                before: from.ratings![p] ?? "not-addressed",
                after: to.ratings![p]!,
              }))
          : [],
    },
  };
}

export type ChangeEntry = VersionSummary & {
  comparedTo: NonNullable<VersionSummary["comparedTo"]>;
  company: { slug: string; name: string; sector: string; provenance: "curated" | "machine" };
};

export type ChangeFilter = {
  practices?: string[];
  sectors?: string[];
  /** Company slugs: the changes of these companies only. */
  companies?: string[];
  /** Inclusive ISO days. */
  since?: string;
  until?: string;
  page: number;
  perPage: number;
};

/**
 * Changes by companies across the atlas, newest first: versions of kind `change` that altered
 * at least one clause and are not a page going back and forth (re-extractions by Open Terms
 * Archive and layout-only versions are not changes by the company): versionStatus's "change"
 * (lib/history/version-status.ts), in SQL. One query, paged, with the total alongside.
 */
export async function listChanges(
  filter: ChangeFilter,
): Promise<{ entries: ChangeEntry[]; total: number }> {
  const practices = filter.practices?.length ? filter.practices : null;
  const sectors = filter.sectors?.length ? filter.sectors : null;
  const companies = filter.companies?.length ? filter.companies : null;
  const since = filter.since ? new Date(`${filter.since}T00:00:00Z`) : null;
  const until = filter.until ? new Date(`${filter.until}T00:00:00Z`) : null;
  const listed = Prisma.sql`
    FROM "policy_version" v
    JOIN "company" c ON c."id" = v."company_id"
    JOIN "policy_version" b ON b."company_id" = v."company_id" AND b."seq" = v."compared_to_seq"
    WHERE v."kind" = 'change' AND v."added" + v."removed" + v."modified" > 0
      AND NOT v."back_and_forth" AND NOT v."other_language" AND NOT v."capture_failed"
      AND (${practices}::text[] IS NULL OR v."changed_practices" && ${practices}::text[])
      AND (${sectors}::text[] IS NULL OR c."sector" = ANY(${sectors}::text[]))
      AND (${companies}::text[] IS NULL OR c."slug" = ANY(${companies}::text[]))
      AND (${since}::timestamptz IS NULL OR v."recorded_at" >= ${since}::timestamptz)
      AND (${until}::timestamptz IS NULL OR v."recorded_at" < ${until}::timestamptz + interval '1 day')`;
  const rows = await getDb().$queryRaw<
    Array<
      VersionRow & {
        slug: string;
        name: string;
        sector: string;
        provenance: "curated" | "machine";
        total: bigint;
      }
    >
  >`
    SELECT v."id", v."seq", v."recorded_at", v."kind", cardinality(v."clause_ids") AS "clause_count",
           v."added", v."removed", v."modified", v."changed_practices", v."rating_changes", v."back_and_forth", v."other_language", v."capture_failed",
           ${comparedTo("v")}, c."slug", c."name", c."sector", c."provenance"::text AS "provenance",
           count(*) OVER () AS "total"
    ${listed}
    ORDER BY v."recorded_at" DESC, v."id" DESC
    LIMIT ${filter.perPage} OFFSET ${(filter.page - 1) * filter.perPage}`;
  // A page past the last holds no row to carry the count: it is counted on its own, so the page
  // can say how many pages there are (and the API which is the last).
  const total =
    rows.length || filter.page === 1
      ? Number(rows[0]?.total ?? 0)
      : Number(
          (
            await getDb().$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS "total" ${listed}`
          )[0]!.total,
        );
  return {
    total,
    entries: rows.map((r) => ({
      ...summary(r),
      comparedTo: summary(r).comparedTo!,
      company: { slug: r.slug, name: r.name, sector: r.sector, provenance: r.provenance },
    })),
  };
}

export type HistoryOverview = {
  versionCount: number;
  /** Re-extractions by Open Terms Archive, never changes by the company (not in `recent`). */
  technicalCount: number;
  /** Versions that are part of a page going back and forth between texts (not in `recent`). */
  backAndForthCount: number;
  /** Changes of the page that changed no clause, not part of a back-and-forth (not in `recent`). */
  layoutOnlyCount: number;
  /** Versions recorded in another language than English (not in `recent`). */
  otherLanguageCount: number;
  /** Versions that hold no policy: failed captures (not in `recent`). */
  failedCaptureCount: number;
  firstRecordedAt: string | null;
  /**
   * The latest versions, newest first: the first recorded and the changes listed, not
   * re-extractions, layout-only versions or a page going back and forth (versionStatus in
   * lib/history/version-status.ts).
   */
  recent: VersionSummary[];
};

/** A version of "policy_version" badged "Layout only" (versionStatus), as SQL. */
const LAYOUT_ONLY = Prisma.sql`"kind" = 'change' AND "added" + "removed" + "modified" = 0 AND NOT "back_and_forth"
  AND NOT "other_language" AND NOT "capture_failed" AND "compared_to_seq" IS NOT NULL`;

/**
 * For the company page: how many versions, and the latest few. One query, kept per data version
 * and company: the history's load sets a new data version when it ends (lib/history/load-history.ts),
 * as the seed does, so a page never keeps what it read while the history was loading.
 */
export function getHistoryOverview(slug: string, limit = 5): Promise<HistoryOverview> {
  return keptOverview(`${limit}|${slug}`);
}

const keptOverview = perDataVersionKeyed("history-overview", 1024, (key) => {
  const at = key.indexOf("|");
  return readHistoryOverview(key.slice(at + 1), Number(key.slice(0, at)));
});

async function readHistoryOverview(slug: string, limit: number): Promise<HistoryOverview> {
  const rows = await getDb().$queryRaw<
    Array<
      VersionRow & {
        total: bigint;
        technical: bigint;
        back_and_forth_count: bigint;
        layout_only_count: bigint;
        other_language_count: bigint;
        failed_capture_count: bigint;
        first_at: Date;
      }
    >
  >`
    SELECT v."id", v."seq", v."recorded_at", v."kind", cardinality(v."clause_ids") AS "clause_count",
           v."added", v."removed", v."modified", v."changed_practices", v."rating_changes", v."back_and_forth", v."other_language", v."capture_failed",
           ${comparedTo("v")}, s."total", s."technical", s."back_and_forth_count",
           s."layout_only_count", s."other_language_count", s."failed_capture_count", s."first_at"
    FROM (SELECT "id" FROM "company" WHERE "slug" = ${slug}) c
    CROSS JOIN LATERAL (SELECT count(*) AS "total", count(*) FILTER (WHERE "kind" = 'technical') AS "technical",
                               count(*) FILTER (WHERE "back_and_forth") AS "back_and_forth_count",
                               count(*) FILTER (WHERE ${LAYOUT_ONLY}) AS "layout_only_count",
                               count(*) FILTER (WHERE "other_language") AS "other_language_count",
                               count(*) FILTER (WHERE "capture_failed") AS "failed_capture_count",
                               min("recorded_at") AS "first_at"
                        FROM "policy_version" WHERE "company_id" = c."id") s
    CROSS JOIN LATERAL (SELECT * FROM "policy_version" WHERE "company_id" = c."id" AND NOT "back_and_forth"
                          AND NOT (${LAYOUT_ONLY}) AND "kind" <> 'technical' AND NOT "other_language"
                          AND NOT "capture_failed"
                        ORDER BY "seq" DESC LIMIT ${limit}) v
    LEFT JOIN "policy_version" b ON b."company_id" = v."company_id" AND b."seq" = v."compared_to_seq"
    ORDER BY v."seq" DESC`;
  return {
    versionCount: Number(rows[0]?.total ?? 0),
    technicalCount: Number(rows[0]?.technical ?? 0),
    backAndForthCount: Number(rows[0]?.back_and_forth_count ?? 0),
    layoutOnlyCount: Number(rows[0]?.layout_only_count ?? 0),
    otherLanguageCount: Number(rows[0]?.other_language_count ?? 0),
    failedCaptureCount: Number(rows[0]?.failed_capture_count ?? 0),
    firstRecordedAt: rows[0]?.first_at.toISOString() ?? null,
    recent: rows.map(summary),
  };
}
