import { z } from "zod";
import type { ClauseMarks } from "../clause-href";
import { normaliseSearchQuery } from "./search-query";

const first = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v))
  .catch(undefined);

/**
 * What a company page is asked to mark (lib/clause-href.ts): `finding` must name a known
 * practice and `q` must leave something to search once cleaned; anything else is ignored, so a
 * mistyped link still opens the page, unmarked.
 */
export function parseClauseMarks(
  searchParams: Record<string, string | string[] | undefined>,
  practices: readonly string[],
): ClauseMarks {
  const finding = first.parse(searchParams.finding);
  if (finding && practices.includes(finding)) return { finding };
  const raw = first.parse(searchParams.q);
  const { q } = normaliseSearchQuery(raw ?? "");
  return q ? { q } : {};
}
