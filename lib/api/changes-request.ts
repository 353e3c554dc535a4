import type { z } from "zod";
import { MAX_FOLLOWED_COMPANIES } from "../params/history-params";
import { parseSlugList } from "../params/slug-list";
import type { ChangeFilter } from "../queries/history";
import {
  DEFAULT_CHANGES_PER_PAGE,
  MAX_CHANGES_PER_ANSWER,
  type changesApiQuery,
} from "./query-schemas";

export type ChangesRequest = {
  format: "json" | "csv";
  /** The filters, as /changes reads them: what listChanges takes, with its page. */
  filter: ChangeFilter & { practices: string[]; sectors: string[]; companies: string[] };
};

/**
 * /api/changes's query, read by its schema, checked against the practices and sectors there
 * are: an unknown or empty one is a message for a 400 (/changes names and ignores it; an API
 * client would otherwise get every change and believe it filtered). The CSV holds every change
 * the filters keep, up to the cap, in one file; JSON comes a page at a time.
 */
export function readChangesRequest(
  query: z.output<typeof changesApiQuery>,
  known: { practices: readonly string[]; sectors: readonly string[]; companies: readonly string[] },
): { ok: true; request: ChangesRequest } | { ok: false; error: string } {
  const lists: Record<"company" | "practice" | "sector", string[]> = {
    company: [],
    practice: [],
    sector: [],
  };
  for (const [key, allowed, label] of [
    ["company", known.companies, "companies"],
    ["practice", known.practices, "practices"],
    ["sector", known.sectors, "sectors"],
  ] as const) {
    const parsed = parseSlugList(query[key]);
    if (!parsed) continue;
    // Three hundred companies make no message: their slugs are a request away.
    const listed = key === "company" ? "see /api/companies" : allowed.join(", ");
    const bad = [...parsed.slugs.filter((s) => !allowed.includes(s)), ...parsed.malformed];
    if (bad.length)
      return {
        ok: false,
        error: `Unknown ${label}: ${bad.join(", ")}. Known ${label}: ${listed}.`,
      };
    if (!parsed.slugs.length)
      return { ok: false, error: `${key} is empty: give one or more of ${listed}.` };
    if (key === "company" && parsed.slugs.length > MAX_FOLLOWED_COMPANIES)
      return {
        ok: false,
        error: `company names ${parsed.slugs.length} companies; give at most ${MAX_FOLLOWED_COMPANIES}.`,
      };
    lists[key] = parsed.slugs;
  }
  const csv = query.format === "csv";
  if (csv && (query.page !== undefined || query.perPage !== undefined))
    return {
      ok: false,
      error: `page and perPage are for JSON: the CSV holds every change the filters keep (up to ${MAX_CHANGES_PER_ANSWER.toLocaleString("en")}).`,
    };
  let { since, until } = query;
  if (since && until && since > until) [since, until] = [until, since];
  return {
    ok: true,
    request: {
      format: query.format,
      filter: {
        companies: lists.company,
        practices: lists.practice,
        sectors: lists.sector,
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
        page: csv ? 1 : (query.page ?? 1),
        perPage: csv ? MAX_CHANGES_PER_ANSWER : (query.perPage ?? DEFAULT_CHANGES_PER_PAGE),
      },
    },
  };
}
