import type { ApiRating } from "../api/api-finding";

type Named = { slug: string; core?: boolean };

/** A list in a file name: every one, the core practices, up to three slugs, or how many. */
function part(
  chosen: readonly Named[],
  total: number,
  noun: "practices" | "companies",
  core?: readonly string[],
): string {
  if (chosen.length === total) return `all-${noun}`;
  if (core && chosen.length === core.length && chosen.every((c) => core.includes(c.slug)))
    return "core-practices";
  if (chosen.length <= 3) return chosen.map((c) => c.slug).join("-");
  return `${chosen.length}-${noun}`;
}

function companiesPart(opts: {
  companies: readonly Named[];
  totalCompanies: number;
  scope?: readonly string[];
}): string {
  const named = part(opts.companies, opts.totalCompanies, "companies");
  return named === "all-companies" && opts.scope?.length
    ? `${opts.scope.join("-")}-companies`
    : named;
}

/**
 * The download's file name says what it holds, e.g. `policy-atlas-core-practices-all-companies-
 * 2026-12-02.csv`, `policy-atlas-all-practices-messaging-companies-2026-12-03.csv` or
 * `policy-atlas-retention-disputes-code42-mozy-concerning-only-2026-12-02.json`.
 */
export function exportFilename(opts: {
  practices: readonly Named[];
  totalPractices: number;
  corePractices: readonly string[];
  companies: readonly Named[];
  /** Of the companies in scope: all of a sector is `messaging-companies`, not `all-companies`. */
  totalCompanies: number;
  /** The sectors and provenances the companies were narrowed to, if any. */
  scope?: readonly string[];
  ratings: readonly ApiRating[];
  format: "csv" | "json";
  day: Date;
}): string {
  const parts = [
    "policy-atlas",
    part(opts.practices, opts.totalPractices, "practices", opts.corePractices),
    companiesPart(opts),
    ...(opts.ratings.length ? [`${opts.ratings.join("-")}-only`] : []),
    opts.day.toISOString().slice(0, 10),
  ];
  // Slugs are [a-z0-9-]; the cap keeps the name within every file system's limit.
  return `${parts.join("-").slice(0, 180)}.${opts.format}`;
}
