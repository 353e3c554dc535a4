import { z } from "zod";
import { normaliseSearchQuery } from "./search-query";

export const SEARCH_API_PARAMS = ["q", "companies", "practices", "provenance", "limit"] as const;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

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
  limit: z
    .string({ error: "Give limit only once." })
    .regex(/^\d{1,3}$/, `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.`)
        .max(MAX_SEARCH_LIMIT, `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.`),
    )
    .default(DEFAULT_SEARCH_LIMIT),
});

export type SearchApiParams = { q: string; limit: number };

/**
 * Validates /api/search's own parameters (q and limit); the slug filters are checked against
 * the database by resolveGridFilter. A q longer than MAX_QUERY_LENGTH is shortened, not refused.
 */
export function parseSearchApiParams(
  query: Record<string, string | string[]>,
): { ok: true; params: SearchApiParams } | { ok: false; error: string } {
  const parsed = schema.safeParse({ q: query.q, limit: query.limit });
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid parameters." };
}
