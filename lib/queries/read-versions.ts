import { getDb } from "../db";

/**
 * For each company asked for, the id of the recorded version whose text its findings were read
 * from: the latest version with the policy's own digest (a page that went back to an earlier text
 * has two). Its page (`/companies/{slug}/versions/{id}`) keeps that text whatever the company
 * records next, so a cited clause stays put; absent while the history is still loading. One query
 * whatever the number of companies.
 */
export async function getReadVersions(slugs: readonly string[]): Promise<Map<string, number>> {
  if (!slugs.length) return new Map();
  const rows = await getDb().$queryRaw<Array<{ slug: string; id: number | null }>>`
    SELECT co.slug,
           (SELECT v.id FROM policy_version v
             WHERE v.company_id = co.id AND v.sha256 = p.content_hash
             ORDER BY v.seq DESC LIMIT 1) AS id
      FROM company co JOIN policy p ON p.company_id = co.id
     WHERE co.slug = ANY(${[...slugs]})`;
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.slug, Number(r.id)] as const])));
}
