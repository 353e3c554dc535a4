import { getDb } from "../db";
import { normaliseSearchQuery } from "../params/search-query";
import { HIT_END, HIT_START } from "../search/highlight";

/**
 * For a reader arriving from search: each of the company's clauses that matches the query,
 * whole, with the matched words between HIT_START and HIT_END, by clause anchor. The same
 * parser and stemming as the search itself, so "share" marks "sharing" too. One query.
 */
export async function highlightClauses(
  company: string,
  query: string,
): Promise<Map<string, string>> {
  const { q } = normaliseSearchQuery(query);
  if (!q) return new Map();
  const sentinels = HIT_START + HIT_END;
  const options = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;
  const rows = await getDb().$queryRaw<Array<{ anchor: string; text: string }>>`
    SELECT c.anchor,
           ts_headline('english', translate(c.text, ${sentinels}, ''), websearch_to_tsquery('english', ${q}), ${options}) AS text
    FROM clause c
    JOIN policy p ON p.id = c.policy_id
    JOIN company co ON co.id = p.company_id
    WHERE co.slug = ${company} AND c.search @@ websearch_to_tsquery('english', ${q})`;
  return new Map(rows.map((r) => [r.anchor, r.text]));
}
