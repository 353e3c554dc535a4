import { z } from "zod";
import { nearMiss } from "./unknown-params";

/** A version id as URLs carry it: a positive integer (ids are PostgreSQL serials). */
export const versionIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "must be a version id (a positive whole number)")
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, "must be a version id (a positive whole number)");

export type DiffParams = { ok: true; from: number; to: number } | { ok: false; error: string };

/** `from` and `to` of a comparison; each must be one version id. */
export function parseDiffParams(params: URLSearchParams): DiffParams {
  const out: Record<string, number> = {};
  for (const key of ["from", "to"] as const) {
    const values = params.getAll(key);
    if (values.length === 0)
      return {
        ok: false,
        error: `Missing "${key}": give two version ids, ?from=…&to=… (see /api/companies/{slug}/versions).`,
      };
    if (values.length > 1)
      return {
        ok: false,
        error: `"${key}" was given ${values.length} times; give one version id.`,
      };
    const parsed = versionIdSchema.safeParse(values[0]);
    if (!parsed.success)
      return {
        ok: false,
        error: `"${key}" ${parsed.error.issues[0]!.message}; got "${values[0]!.slice(0, 40)}".`,
      };
    out[key] = parsed.data;
  }
  return { ok: true, from: out.from!, to: out.to! };
}

const day = z.iso.date();

export type ChangesQuery = {
  practices: string[];
  sectors: string[];
  since?: string;
  until?: string;
  page: number;
  ignored: string[];
  /**
   * The names the URL gave its dates under when it used a company timeline's `from` and `to`
   * (`from → since`): read as the same dates, and the page sends the reader to the URL that
   * says since and until.
   */
  renamed: string[];
};

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

/** The parameters /changes and its feed read (`from` and `to` as the dates, see below). */
const CHANGES_PARAMS: readonly string[] = [
  "practice",
  "sector",
  "since",
  "until",
  "from",
  "to",
  "page",
];

/**
 * A parameter /changes does not read, named, with the filter it obviously meant; a company is
 * not a filter here, so the reader is told where one company's changes are.
 */
function unknownChangesParam(key: string): string {
  const name = `parameter "${key.slice(0, 30)}"`;
  if (/^compan(y|ies)$/i.test(key.trim()))
    return `${name} (one company's changes are in its history, /companies/{slug}/changes, and its feed, /feeds/companies/{slug}.atom)`;
  const near = nearMiss(key, CHANGES_PARAMS);
  return `${name} (${near ? `did you mean ${near}? ` : ""}the filters are practice, sector, since and until)`;
}

/** A company's timeline compares versions `?from=…&to=…`; here those names mean the dates. */
const DATE_ALIASES = { since: "from", until: "to" } as const;

/**
 * The filters of /changes and its feed: practices and sectors (unknown ones are ignored and
 * named), a date range of ISO days (a malformed day is ignored and named), and a page. `from`
 * and `to` are read as `since` and `until` when those are absent and they hold days.
 */
export function parseChangesQuery(
  params: URLSearchParams,
  known: { practices: readonly string[]; sectors: readonly string[] },
): ChangesQuery {
  const ignored: string[] = [];
  const renamed: string[] = [];
  const keep = (key: string, allowed: readonly string[]) => {
    const values = [...new Set(list(params, key))];
    for (const v of values) if (!allowed.includes(v)) ignored.push(`${key} "${v.slice(0, 40)}"`);
    return values.filter((v) => allowed.includes(v));
  };
  const practices = keep("practice", known.practices);
  const sectors = keep("sector", known.sectors);
  const dateOf = (key: "since" | "until") => {
    const alias = DATE_ALIASES[key];
    const v = params.get(key)?.trim();
    const a = params.get(alias)?.trim();
    if (a && v)
      ignored.push(`${alias} "${a.slice(0, 40)}" (${key} is given; the dates are since and until)`);
    if (v) {
      if (day.safeParse(v).success) return v;
      ignored.push(`${key} "${v.slice(0, 40)}" (not a date like 2024-05-03)`);
      return undefined;
    }
    if (!a) return undefined;
    if (day.safeParse(a).success) {
      renamed.push(`${alias} → ${key}`);
      return a;
    }
    ignored.push(`${alias} "${a.slice(0, 40)}" (the dates are since and until, like 2024-05-03)`);
    return undefined;
  };
  for (const key of new Set(params.keys()))
    if (!CHANGES_PARAMS.includes(key)) ignored.push(unknownChangesParam(key));
  let since = dateOf("since");
  let until = dateOf("until");
  if (since && until && since > until) [since, until] = [until, since];
  const pageRaw = params.get("page");
  const page = pageRaw && /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1;
  return { practices, sectors, since, until, page, ignored, renamed };
}
