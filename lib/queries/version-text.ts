import { getDb } from "../db";
import { versionClauseAnchors } from "../history/version-anchors";
import {
  comparedTo,
  summary,
  type HistoryCompany,
  type VersionRow,
  type VersionSummary,
} from "./history";

/** A clause of a recorded version, as the version page shows it. */
export type VersionClause = {
  anchor: string;
  /** 1-based, in the version's order. */
  position: number;
  heading: string;
  text: string;
  /** The stored tags: the classifier's for a machine-read company, the curators' for the five. */
  practices: string[];
};

export type VersionNeighbour = { id: number; recordedAt: string };

export type VersionText = {
  company: HistoryCompany;
  version: VersionSummary;
  /** The version just before and just after it, by recording order. */
  previous: VersionNeighbour | null;
  next: VersionNeighbour | null;
  isLatest: boolean;
  versionCount: number;
  clauses: VersionClause[];
};

export type VersionTextResult =
  | { ok: true; text: VersionText }
  | { ok: false; reason: "company" | "version" | "other-company"; company: HistoryCompany | null };

type Row = {
  company: HistoryCompany | null;
  version:
    | (Omit<VersionRow, "recorded_at" | "compared_to_at"> & {
        company_id: number;
        recorded_at: string;
        compared_to_at: string | null;
      })
    | null;
  previous: { id: number; recorded_at: string } | null;
  next: { id: number; recorded_at: string } | null;
  version_count: number | null;
  clauses: Array<{ heading: string; text: string; practices: string[] }> | null;
};

const neighbour = (n: Row["previous"]): VersionNeighbour | null =>
  n ? { id: n.id, recordedAt: new Date(n.recorded_at).toISOString() } : null;

/**
 * One recorded version of a company's policy, whole: its clauses in order with the anchors the
 * company page gives them, and its neighbours. One statement whatever the policy's size (the
 * clauses are read by their ids in one join, in the version's order).
 */
export async function getVersionText(slug: string, id: number): Promise<VersionTextResult> {
  const [row] = await getDb().$queryRaw<Row[]>`
    WITH v AS (
      SELECT p."id", p."seq", p."company_id", p."recorded_at", p."kind", cardinality(p."clause_ids") AS "clause_count",
             p."added", p."removed", p."modified", p."changed_practices", p."rating_changes", p."back_and_forth",
             p."other_language", p."capture_failed", p."clause_ids", ${comparedTo("p")}
      FROM "policy_version" p
      LEFT JOIN "policy_version" b ON b."company_id" = p."company_id" AND b."seq" = p."compared_to_seq"
      WHERE p."id" = ${id})
    SELECT
      (SELECT json_build_object('id', c."id", 'slug', c."slug", 'name', c."name", 'sector', c."sector", 'provenance', c."provenance",
                                'recordedBy', (SELECT "recorded_by" FROM "policy" WHERE "company_id" = c."id"))
       FROM "company" c WHERE c."slug" = ${slug} AND NOT c."synthetic") AS "company",
      (SELECT to_json(v) FROM v) AS "version",
      (SELECT json_build_object('id', n."id", 'recorded_at', n."recorded_at") FROM "policy_version" n, v
       WHERE n."company_id" = v."company_id" AND n."seq" = v."seq" - 1) AS "previous",
      (SELECT json_build_object('id', n."id", 'recorded_at', n."recorded_at") FROM "policy_version" n, v
       WHERE n."company_id" = v."company_id" AND n."seq" = v."seq" + 1) AS "next",
      (SELECT count(*)::int FROM "policy_version" n, v WHERE n."company_id" = v."company_id") AS "version_count",
      (SELECT json_agg(json_build_object('heading', h."heading", 'text', h."text", 'practices', h."practices") ORDER BY u."ord")
       FROM v, unnest(v."clause_ids") WITH ORDINALITY AS u("id", "ord")
       JOIN "history_clause" h ON h."id" = u."id") AS "clauses"`;
  const company = row?.company ?? null;
  if (!company) return { ok: false, reason: "company", company: null };
  const version = row!.version;
  if (!version) return { ok: false, reason: "version", company };
  if (version.company_id !== company.id) return { ok: false, reason: "other-company", company };
  const stored = row!.clauses ?? [];
  const anchors = versionClauseAnchors(stored);
  return {
    ok: true,
    text: {
      company,
      version: summary({
        ...version,
        recorded_at: new Date(version.recorded_at),
        compared_to_at: version.compared_to_at === null ? null : new Date(version.compared_to_at),
      }),
      previous: neighbour(row!.previous),
      next: neighbour(row!.next),
      isLatest: row!.next === null,
      versionCount: row!.version_count ?? 0,
      clauses: stored.map((c, i) => ({ ...c, anchor: anchors[i]!, position: i + 1 })),
    },
  };
}
