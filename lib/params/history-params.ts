import { editDistanceWithin } from "../edit-distance";
import { z } from "zod";
import { nearMiss } from "./unknown-params";
import { parsePageNumber } from "./page-number";

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
  /** Company slugs, in the order given: a subscription to a few vendors' changes. */
  companies: string[];
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

/**
 * The grid's own names for its filters (`/?practices=…&companies=…`): a reader who edits an
 * address copied from it means the filters this page names in the singular.
 */
const PLURAL_ALIASES = { practice: "practices", company: "companies", sector: "sectors" } as const;

/** The parameters /changes and its feed read (`from` and `to` as the dates, see below). */
const CHANGES_PARAMS: readonly string[] = [
  "practice",
  "sector",
  "company",
  ...Object.values(PLURAL_ALIASES),
  "since",
  "until",
  "from",
  "to",
  "page",
];

/** A parameter /changes does not read, named, with the filter it obviously meant. */
function unknownChangesParam(key: string): string {
  const name = `parameter "${key.slice(0, 30)}"`;
  const near = nearMiss(
    key,
    CHANGES_PARAMS.filter((k) => !(Object.values(PLURAL_ALIASES) as string[]).includes(k)),
  );
  return `${name} (${near ? `did you mean ${near}? ` : ""}the filters are company, practice, sector, since and until)`;
}

/** A company's timeline compares versions `?from=…&to=…`; here those names mean the dates. */
const DATE_ALIASES = { since: "from", until: "to" } as const;

/** The most companies one view or feed follows: a vendor list, not the atlas. */
export const MAX_FOLLOWED_COMPANIES = 20;

export type KnownCompany = { slug: string; name: string };

const squeezed = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Whether two words are a typing slip or two apart (lib/edit-distance.ts): one slip in a
 * word of five letters or fewer, two in a longer one, so "slack" is not offered "Spark".
 */
function nearlyTyped(a: string, b: string): boolean {
  const slips = Math.min(a.length, b.length) <= 5 ? 1 : 2;
  if (a.length < 4 || a.length > 40) return false;
  return editDistanceWithin(a, b, slips) !== null;
}

/**
 * The companies a `company` list names, by slug or by name as a person types it ("GitHub, Slack,
 * zoom"), in the order given; what names none is reported with the companies it may have meant.
 * `renamed` when a company kept was given otherwise than by its slug (the page then moves to the
 * address of the slugs).
 */
function readCompanies(values: string[], known: readonly KnownCompany[], ignored: string[]) {
  const bySlug = new Map(known.map((c) => [c.slug, c.slug]));
  const byName = new Map(known.map((c) => [squeezed(c.name), c.slug]));
  const found: string[] = [];
  const givenOtherwise = new Set<string>();
  for (const given of values) {
    const v = given.toLowerCase();
    const slug = bySlug.get(v) ?? byName.get(squeezed(v)) ?? bySlug.get(squeezed(v));
    if (!slug) {
      const typed = squeezed(v).slice(0, 40);
      const near = typed
        ? known.filter(
            (c) => squeezed(c.name).startsWith(typed) || nearlyTyped(typed, squeezed(c.name)),
          )
        : [];
      ignored.push(
        `company "${v.slice(0, 40)}" (${
          near.length
            ? `did you mean ${near
                .slice(0, 3)
                .map((c) => c.name)
                .join(", ")}? `
            : ""
        }see /companies for every company)`,
      );
      continue;
    }
    if (given !== slug) givenOtherwise.add(slug);
    if (!found.includes(slug)) found.push(slug);
  }
  if (found.length > MAX_FOLLOWED_COMPANIES)
    ignored.push(
      `company: ${found.length - MAX_FOLLOWED_COMPANIES} after the first ${MAX_FOLLOWED_COMPANIES} (at most ${MAX_FOLLOWED_COMPANIES} companies at once)`,
    );
  const slugs = found.slice(0, MAX_FOLLOWED_COMPANIES);
  return { slugs, renamed: slugs.some((slug) => givenOtherwise.has(slug)) };
}

/**
 * The filters of /changes and its feed: companies (by slug or name), practices and sectors
 * (unknown ones are ignored and named), a date range of ISO days (a malformed day is ignored and
 * named), and a page. `from` and `to` are read as `since` and `until` when those are absent and
 * they hold days.
 */
export function parseChangesQuery(
  params: URLSearchParams,
  known: {
    practices: readonly string[];
    sectors: readonly string[];
    companies: readonly KnownCompany[];
  },
): ChangesQuery {
  const ignored: string[] = [];
  const renamed: string[] = [];
  /** A filter's values under its own name, else under the grid's plural (read, and said so). */
  const valuesOf = (key: keyof typeof PLURAL_ALIASES, split: (k: string) => string[]) => {
    const alias = PLURAL_ALIASES[key];
    if (!params.has(alias)) return split(key);
    if (params.has(key)) {
      ignored.push(
        `${alias} (${key} is given; this page's filters are company, practice and sector)`,
      );
      return split(key);
    }
    renamed.push(`${alias} → ${key}`);
    return split(alias);
  };
  const keep = (key: "practice" | "sector", allowed: readonly string[]) => {
    const values = [...new Set(valuesOf(key, (k) => list(params, k)))];
    for (const v of values) if (!allowed.includes(v)) ignored.push(`${key} "${v.slice(0, 40)}"`);
    return values.filter((v) => allowed.includes(v));
  };
  const read = readCompanies(
    valuesOf("company", (k) =>
      params
        .getAll(k)
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
    known.companies,
    ignored,
  );
  const companies = read.slugs;
  // Names as typed in the form ("GitHub, Slack"): the same view at the address of its slugs.
  if (read.renamed) renamed.push("company names → slugs");
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
  // The one page-number rule of every URL (page-number.ts); anything else is page 1, said so.
  const pageRead = parsePageNumber(params.get("page") ?? undefined);
  if (pageRead?.ok === false) ignored.push(`page "${pageRead.raw}" (not a page number)`);
  const page = pageRead?.ok ? pageRead.page : 1;
  return { practices, sectors, companies, since, until, page, ignored, renamed };
}
