import { z } from "zod";
import { EXPORT_FORMATS, exportFormatSchema } from "../params/export-params";
import { unexpectedParams } from "../params/grid-filter";
import { MAX_PAGE, pageNumberSchema } from "../params/page-number";
import { wholeNumber } from "../params/whole-number";
import { MAX_ITEMS } from "../params/slug-list";
import { MAX_QUERY_LENGTH } from "../params/search-query";
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_PER_COMPANY,
  MAX_SEARCH_LIMIT,
} from "../params/search-api-params";
import { API_RATINGS } from "./api-finding";

/*
 * The query parameters of each API route, as zod schemas. A route reads its query with these
 * (readQuery below), and the OpenAPI document (lib/api/openapi.ts) is generated from the same
 * objects, so the reference cannot drift from what the routes accept. Slugs are checked against
 * the database afterwards by the route, which names the known ones in its 400.
 */

const once = (name: string) => z.string({ error: `Give ${name} only once.` });

/** `a,b` or `x=a&x=b`: comma-separated, repeatable. */
const slugList = (description: string, examples: string[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .meta({
      description: `${description} Comma-separated, or repeat the parameter; at most ${MAX_ITEMS} values.`,
      examples,
    });

const practices = slugList(
  "Practice slugs to include, in taxonomy order whatever the order given; all practices when omitted (`all` also means every practice).",
  ["retention,disputes"],
);
const companies = slugList(
  "Company slugs to include (see /api/companies); all companies when omitted.",
  ["mozy,code42"],
);
const sector = slugList("Only companies of these sectors (e.g. messaging, cloud-storage).", [
  "messaging",
]);
const provenance = slugList(
  "Only companies whose findings are `curated` (reviewed by a person) or `machine` (machine-read).",
  ["curated"],
);
const scoped = (what: string) =>
  slugList(
    `Only companies of these sectors (e.g. messaging, cloud-storage), as for /api/companies; with \`companies\`, only those of them in the sector. ${what}`,
    ["messaging"],
  );
const rating = slugList(
  `Keep only findings with one of these ratings: ${API_RATINGS.join(", ")}. \`not-addressed\` keeps only curated findings of silence and \`no-clause-found\` only machine-read findings where no clause was found; ask for both to get what the grid's "not addressed" filter shows. Companies and practices stay listed.`,
  ["concerning"],
);
const sort = once("sort")
  .optional()
  .meta({
    description:
      "Order of the companies: `name` (the default), `date` (the policy's own date, newest first; undated last) or a practice slug (most protective first on that practice: protective, neutral, concerning, then not-addressed or no-clause-found).",
    examples: ["retention"],
  });

const page = once("page")
  .pipe(pageNumberSchema)
  .optional()
  .meta({
    description: `Page of companies, from 1 to ${MAX_PAGE}; only without \`companies\`.`,
    examples: ["2"],
  });

export const matrixQuery = z.object({
  practices,
  companies,
  sector: scoped("Paged like every company when `companies` is not given."),
  provenance,
  rating,
  sort,
  page,
  perPage: wholeNumber(once("perPage"), "perPage", 200)
    .optional()
    .meta({
      description: "Companies per page, 1 to 200 (default 20); only without `companies`.",
      examples: ["20"],
    }),
});

export const exportQuery = z.object({
  format: exportFormatSchema.meta({
    description: "`csv` (the default) or `json`.",
    examples: ["csv"],
  }),
  practices,
  companies,
  sector: scoped("Every company of the sector, in one file."),
  provenance,
  rating,
  sort,
});

export const searchQuery = z.object({
  q: z
    .string({
      error: (issue) => (issue.input === undefined ? "q is required." : "Give q only once."),
    })
    .meta({
      description: `What to search for: words, "a phrase", -exclusions, \`or\`. Longer than ${MAX_QUERY_LENGTH} characters is shortened, not refused.`,
      examples: ['"safe harbor" -truste'],
    }),
  companies: slugList("Only clauses of these companies.", ["mozy,ibackup"]),
  practices: slugList("Only clauses tagged with one of these practices.", ["disputes"]),
  provenance: slugList(
    "Only clauses of companies with this provenance: `curated` (reviewed by a person) or `machine` (machine-read).",
    ["curated"],
  ),
  limit: wholeNumber(once("limit"), "limit", MAX_SEARCH_LIMIT)
    .optional()
    .meta({
      description: `How many results, 1 to ${MAX_SEARCH_LIMIT} (default ${DEFAULT_SEARCH_LIMIT}).`,
      examples: ["2"],
    }),
  perCompany: wholeNumber(once("perCompany"), "perCompany", MAX_PER_COMPANY)
    .optional()
    .meta({
      description: `At most this many clauses of each company, 1 to ${MAX_PER_COMPANY}: results are then spread across companies, the company with the best match first and each company's clauses together, best first (as on /search). Without it, results are simply best first. \`total\` still counts every match.`,
      examples: ["2"],
    }),
  page: once("page")
    .pipe(pageNumberSchema)
    .optional()
    .meta({
      description: `Page of results, from 1 to ${MAX_PAGE}: \`limit\` results a page; with \`perCompany\`, a page holds whole companies (every company whose first result falls in it), so up to \`limit + perCompany - 1\` results. Follow \`paging.next\` to read every match.`,
      examples: ["2"],
    }),
});

/** The most changes one answer of /api/changes holds: its CSV, or a JSON page at most. */
export const MAX_CHANGES_PER_ANSWER = 20_000;
export const DEFAULT_CHANGES_PER_PAGE = 100;

const changesDay = (name: "since" | "until") =>
  once(name)
    .pipe(z.iso.date({ error: `${name} must be a day like 2024-05-03.` }))
    .optional()
    .meta({
      description:
        name === "since"
          ? "Only changes recorded on or after this day (YYYY-MM-DD, UTC)."
          : "Only changes recorded on or before this day (YYYY-MM-DD, UTC). Given before `since`, the two are swapped, as on /changes.",
      examples: [name === "since" ? "2024-01-01" : "2024-12-31"],
    });

export const changesApiQuery = z.object({
  format: z
    .string({ error: "Give format only once: json or csv." })
    .trim()
    .toLowerCase()
    .pipe(z.enum(EXPORT_FORMATS, { error: "format must be json or csv." }))
    .default("json")
    .meta({
      description:
        "`json` (the default: a page of changes) or `csv` (every change the filters keep, as an attachment, up to 20,000).",
      examples: ["csv"],
    }),
  company: slugList(
    "Only these companies' changes (slugs, see /api/companies), up to 20, as on /changes.",
    ["github,slack"],
  ),
  practice: slugList(
    "Only changes touching one of these practices (the machine's tags of the changed clauses), as on /changes.",
    ["retention"],
  ),
  sector: slugList("Only companies of these sectors, as on /changes.", ["social"]),
  since: changesDay("since"),
  until: changesDay("until"),
  page: once("page")
    .pipe(pageNumberSchema)
    .optional()
    .meta({ description: `Page of changes (JSON only), from 1 to ${MAX_PAGE}.`, examples: ["2"] }),
  perPage: wholeNumber(once("perPage"), "perPage", MAX_CHANGES_PER_ANSWER)
    .optional()
    .meta({
      description: `Changes per page (JSON only), 1 to ${MAX_CHANGES_PER_ANSWER.toLocaleString("en")} (default ${DEFAULT_CHANGES_PER_PAGE}).`,
      examples: ["500"],
    }),
});

export const noQuery = z.object({});

/** A version id as a comparison names it (lib/params/history-params.ts reads it, with its messages). */
const versionId = (which: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .meta({
      description: `The ${which} version's id, from /api/companies/{slug}/versions (a positive whole number, given once).`,
      examples: [which === "earlier" ? "9138" : "9139"],
    });

export const diffQuery = z.object({ from: versionId("earlier"), to: versionId("later") });

export const companiesQuery = z.object({ sector, provenance });

export const companySlugPath = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(64)
  .meta({ description: "The company's slug, as listed by /api/companies.", examples: ["mozy"] });

/** The names a route accepts, e.g. for a 400 that lists them, or a cache that keys on them. */
export function paramNames(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

/** The 400 message for parameters the route's schema does not name, or null when there are none. */
export function unknownParams(schema: z.ZodObject, query: Record<string, unknown>): string | null {
  return unexpectedParams(query, paramNames(schema));
}

/**
 * Reads a query with a route's schema: an unknown parameter, or a value the schema refuses, is a
 * message for a 400 (the first problem found).
 */
export function readQuery<S extends z.ZodObject>(
  schema: S,
  query: Record<string, string | string[]>,
): { ok: true; params: z.output<S> } | { ok: false; error: string } {
  const unexpected = unknownParams(schema, query);
  if (unexpected) return { ok: false, error: unexpected };
  const parsed = schema.safeParse(query);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid parameters." };
}
