import { parseClauseAnchor } from "../clause-anchor";
import { getDb } from "../db";
import { anchorFor } from "../seed/segment-policy";

/**
 * The latest recorded version of a company's policy that holds the clause an anchor names, for
 * a link made before the clause changed; null when none does (or the company is unknown).
 *
 * One statement: the company's distinct stored clauses whose text's SHA-256 begins with the
 * anchor's six digits, each with the latest version holding it; the heading's slug is checked
 * here, as the anchor makes it. The company's clauses are gathered first (MATERIALIZED): else
 * the planner hashes every stored clause of every company (120 ms, where Telegram's 198 take
 * 4 ms and Xanga's 16,452, the most, 57 ms). Run only when a reader follows such a link, so it
 * needs no index of its own.
 */
export async function findLatestVersionWithClause(
  slug: string,
  anchor: string,
): Promise<{ id: number } | null> {
  const parsed = parseClauseAnchor(anchor);
  if (!parsed) return null;
  const rows = await getDb().$queryRaw<
    Array<{ heading: string; text: string; version_id: number; seq: number }>
  >`
    WITH c AS (SELECT "id" FROM "company" WHERE "slug" = ${slug} AND NOT "synthetic"),
    mine AS MATERIALIZED (
      SELECT h."id", h."heading", h."text" FROM "history_clause" h
      WHERE h."id" IN (SELECT unnest(p."clause_ids") FROM "policy_version" p JOIN c ON p."company_id" = c."id"))
    SELECT h."heading", h."text", l."id" AS "version_id", l."seq"
    FROM mine h
    CROSS JOIN LATERAL (
      SELECT p."id", p."seq" FROM "policy_version" p JOIN c ON p."company_id" = c."id"
      WHERE h."id" = ANY(p."clause_ids") ORDER BY p."seq" DESC LIMIT 1) l
    WHERE left(encode(sha256(convert_to(h."text", 'UTF8')), 'hex'), 6) = ${parsed.digest}`;
  let best: { id: number; seq: number } | null = null;
  for (const r of rows) {
    // The anchor's own rule decides: its heading's slug and its digest (a repeat's number aside).
    const base = anchorFor([r.heading], r.text, new Set());
    if (base !== `${parsed.section}-${parsed.digest}`) continue;
    if (!best || r.seq > best.seq) best = { id: r.version_id, seq: r.seq };
  }
  return best ? { id: best.id } : null;
}
