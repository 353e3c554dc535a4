import { z } from "zod";
import { normaliseSearchQuery } from "./search-query";
import { wholeNumber } from "./whole-number";

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
/** The most clauses of one company a search spread across companies (`perCompany`) may ask for. */
export const MAX_PER_COMPANY = 20;

const single = (name: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `${name} is required.` : `Give ${name} only once.`,
  });

const schema = z.object({
  q: single("q")
    .transform((raw) => normaliseSearchQuery(raw).q)
    .refine(
      (q) => q.length > 0,
      "q is empty: give a word or phrase to search for, e.g. q=arbitration.",
    ),
  limit: wholeNumber(
    z.string({ error: "Give limit only once." }),
    "limit",
    MAX_SEARCH_LIMIT,
  ).default(DEFAULT_SEARCH_LIMIT),
  perCompany: wholeNumber(
    z.string({ error: "Give perCompany only once." }),
    "perCompany",
    MAX_PER_COMPANY,
  ).optional(),
});

export type SearchApiParams = { q: string; limit: number; perCompany?: number };

/**
 * Validates /api/search's own parameters (q, limit and perCompany); the slug filters are checked against
 * the database by resolveGridFilter. A q longer than MAX_QUERY_LENGTH is shortened, not refused.
 */
export function parseSearchApiParams(
  query: Record<string, string | string[]>,
): { ok: true; params: SearchApiParams } | { ok: false; error: string } {
  const parsed = schema.safeParse({ q: query.q, limit: query.limit, perCompany: query.perCompany });
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid parameters." };
}
