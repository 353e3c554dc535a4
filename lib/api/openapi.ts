import { z } from "zod";
import { CHANGES_CSV_COLUMNS } from "../export/changes-csv";
import { GRID_CSV_COLUMNS } from "../export/grid-csv";
import { API_FEEDS } from "./feeds";
import {
  changesApiQuery,
  companiesQuery,
  companySlugPath,
  diffQuery,
  exportQuery,
  matrixQuery,
  noQuery,
  searchQuery,
} from "./query-schemas";
import {
  analysisSchema,
  apiSchemas,
  changesSchema,
  companiesListSchema,
  companyResponseSchema,
  diffSchema,
  healthSchema,
  matrixSchema,
  practicesListSchema,
  searchResultSchema,
  versionsSchema,
} from "./response-schemas";

type Json = Record<string, unknown>;

/** An API route as the reference describes it; the schemas are the ones the route uses. */
export type ApiOperation = {
  path: string;
  /** GET unless said otherwise. */
  method?: "get" | "post";
  id: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  pathParams?: Record<string, z.ZodType>;
  ok: { schema: z.ZodType; description: string; media?: Record<string, string> };
  /** A POST's body: its media types and what it holds. */
  body?: { types: string[]; description: string };
  errors: Partial<Record<400 | 404 | 405 | 413 | 415 | 429 | 503, string>>;
  example?: string;
  /** Answers no one may keep (a dated download, a health check): no validators, no 304. */
  neverStored?: true;
};

export const API_OPERATIONS: ApiOperation[] = [
  {
    path: "/api/companies",
    id: "listCompanies",
    summary: "List companies",
    description:
      "Every company, alphabetically by name, with its policy's dates, sector and provenance; filtered by sector and provenance when given (unknown values give 400).",
    query: companiesQuery,
    ok: { schema: companiesListSchema, description: "The companies." },
    errors: {
      400: "A parameter is unknown, repeated or empty, or names an unknown sector or provenance.",
    },
    example: "/api/companies",
  },
  {
    path: "/api/companies/{slug}",
    id: "getCompany",
    summary: "One company in full",
    description:
      "The company, its archived policy's metadata, one finding per practice (taxonomy order) with its evidence, and every clause of the policy with its anchor and practices.",
    query: noQuery,
    pathParams: { slug: companySlugPath },
    ok: { schema: companyResponseSchema, description: "The company." },
    errors: { 400: "The slug is malformed.", 404: "No company has this slug." },
    example: "/api/companies/mozy",
  },
  {
    path: "/api/companies/{slug}/versions",
    id: "listVersions",
    summary: "A policy's versions",
    description:
      "Every version of the company's policy that was recorded (Open Terms Archive's history for a machine-read company; the one archived copy for a curated one), newest first, with what changed against the version before. The same history is on each company's Policy history page (`/companies/{slug}/changes`), where any two versions can be compared.",
    query: noQuery,
    pathParams: { slug: companySlugPath },
    ok: { schema: versionsSchema, description: "The versions, newest first." },
    errors: {
      400: "The slug is malformed, or a parameter was given.",
      404: "No company has this slug.",
    },
    example: "/api/companies/telegram/versions",
  },
  {
    path: "/api/companies/{slug}/diff",
    id: "diffVersions",
    summary: "Compare two versions",
    description:
      "Two versions of the company's policy compared clause by clause: clauses added, removed and modified (each with its earlier form). `from` may be newer than `to`: the comparison is then read backwards.",
    query: diffQuery,
    pathParams: { slug: companySlugPath },
    ok: { schema: diffSchema, description: "What changed between the two versions." },
    errors: {
      400: "An id is missing, malformed, given twice or another company's, or another parameter was given.",
      404: "No company has this slug, or no version this id.",
    },
  },
  {
    path: "/api/changes",
    id: "listChanges",
    summary: "Changes across the atlas",
    description:
      "The changes /changes lists, with its filters (practice, sector, since, until), newest first: JSON a page at a time (100 by default), or `format=csv` for every change the filters keep in one attachment (up to 20,000; more is a 400 saying how to narrow them), one row per change with its comparison's absolute link and the source's attribution. The feeds hold the latest 50; this holds them all.",
    query: changesApiQuery,
    ok: {
      schema: changesSchema,
      description: "A page of changes (the JSON form is shown; the CSV has one row per change).",
      media: { "text/csv": CHANGES_CSV_COLUMNS.join(",") },
    },
    errors: {
      400: "A parameter is unknown, repeated or malformed, names an unknown practice or sector, or the page is past the last; a CSV of more than 20,000 changes.",
    },
    example: "/api/changes?practice=retention&since=2025-01-01&perPage=2",
  },
  {
    path: "/api/analyze",
    method: "post",
    id: "analyzePolicy",
    summary: "Read a policy by machine",
    description:
      "Reads the privacy policy sent as the body, as the atlas reads its machine-read companies: the date it states, its clauses and their practices, and a machine-read finding (rating, reason, confidence, facts, evidence) for each of the 14 practices. Nothing is stored; readings are rate-limited and stopped after 10 seconds.",
    query: noQuery,
    body: {
      types: ["text/plain", "text/markdown", "text/html"],
      description: "The policy, in UTF-8, at most 2 MB.",
    },
    ok: { schema: analysisSchema, description: "The policy as read." },
    errors: {
      400: "The body is empty, binary or cannot be read in time, or a parameter was given.",
      405: "Not a POST (GET answers how to send a policy).",
      413: "The body is over 2 MB.",
      415: "The Content-Type is not text/plain, text/markdown or text/html in UTF-8.",
      429: "Too many readings at once; try again after Retry-After seconds.",
    },
  },
  {
    path: "/api/practices",
    id: "listPractices",
    summary: "List practices",
    description: "The taxonomy of practices, in display order.",
    query: noQuery,
    ok: { schema: practicesListSchema, description: "The practices." },
    errors: { 400: "A parameter was given: this endpoint takes none." },
    example: "/api/practices",
  },
  {
    path: "/api/matrix",
    id: "getMatrix",
    summary: "The comparison grid",
    description:
      "Findings for practices × companies, filtered and ordered as on the grid. Without `companies`, companies come a page at a time and the answer says where it is (`paging`).",
    query: matrixQuery,
    ok: { schema: matrixSchema, description: "The grid as data." },
    errors: { 400: "A parameter is unknown, repeated or malformed, or names an unknown slug." },
    example: "/api/matrix?practices=retention&companies=mozy,code42",
  },
  {
    path: "/api/search",
    id: "searchClauses",
    summary: "Search every clause",
    description:
      'Full-text search of every clause (PostgreSQL, English stemming). Syntax: words (all must match), "a phrase", -exclusion, `or`. A query of only punctuation or common words finds nothing; it is not an error.',
    query: searchQuery,
    ok: { schema: searchResultSchema, description: "Matching clauses, best first." },
    errors: { 400: "q is missing or empty, limit is out of range, or a slug is unknown." },
    example: "/api/search?q=arbitration&limit=2",
  },
  {
    path: "/api/export",
    id: "exportGrid",
    summary: "Download the grid",
    description:
      "The grid as an attachment, with the same filters and order as /api/matrix (every company at once). CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, one row per finding, the same `rating` values as JSON (a machine-read finding with no clause found is `no-clause-found`, never `not-addressed`), its `closest_clause_probability` column the JSON's `closestClauseProbability`, `policy_date` the company's `effectiveDate` (a day, or a month when the policy states only a month), `recorded_on` its `archivedOn`, `policy_date_after_recording` its `statedAfterRecorded` (`true`/`false`), `sector`, `recorded_long_ago` (its `recordedLongAgo`, `true`/`false`) `facts` (a machine finding's facts, `kind: value` joined with ` | `) and `evidence_version_links` (the evidence in the recorded version the findings were read from, which keeps its text; empty until the history has loaded) and `may_not_be_privacy_policy` (its `mayNotBePrivacyPolicy`, `true`/`false`) last, evidence links absolute (from PUBLIC_BASE_URL or the request's origin). JSON: the /api/matrix document, each company with its `readVersion`. The file is named by what it holds, e.g. `policy-atlas-core-practices-all-companies-2026-12-02.csv`.",
    query: exportQuery,
    ok: {
      schema: matrixSchema,
      description: "The file (the JSON form is shown; the CSV has the same findings as rows).",
      media: {
        // The header row as the export writes it, so the reference cannot drift from the file.
        "text/csv": GRID_CSV_COLUMNS.join(","),
      },
    },
    errors: { 400: "As /api/matrix, or format is neither csv nor json." },
    neverStored: true,
    example: "/api/export?format=csv&practices=disputes&companies=centercode,mozy",
  },
  {
    path: "/api/health",
    id: "health",
    summary: "Health check",
    description: "For load balancers and uptime checks; never cached.",
    query: noQuery,
    ok: { schema: healthSchema, description: "The database answers." },
    errors: { 503: "The database does not answer." },
    neverStored: true,
    example: "/api/health",
  },
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), other registered schemas by $ref. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const id = apiSchemas.get(schema)?.id;
  if (id) return ref(id);
  const out = z.toJSONSchema(schema, {
    io,
    metadata: z.globalRegistry,
    unrepresentable: "any",
  }) as Json;
  delete out.$schema;
  return out;
}

function parameters(op: ApiOperation): Json[] {
  const list: Json[] = [];
  for (const [name, schema] of Object.entries(op.pathParams ?? {})) {
    const s = jsonSchema(schema, "input");
    const { description, examples, ...rest } = s;
    list.push({
      name,
      in: "path",
      required: true,
      description,
      schema: rest,
      ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
    });
  }
  for (const [name, field] of Object.entries(op.query.shape)) {
    const s = jsonSchema(field as z.ZodType, "output");
    const { description, examples, ...rest } = s;
    list.push({
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema: rest,
      ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
      // Lists are comma-separated or repeated, as a browser's form sends them.
      ...(rest.anyOf ? { style: "form", explode: true } : {}),
    });
  }
  return list;
}

/** "GET /api/companies, …, POST /api/analyze": every operation, for a 404 that says what there is. */
export function apiEndpointList(): string {
  return API_OPERATIONS.map((op) => `${(op.method ?? "get").toUpperCase()} ${op.path}`).join(", ");
}

const VALIDATOR_HEADERS: Json = {
  ETag: {
    description:
      "A weak tag of the body; send it back in If-None-Match to get a 304 while unchanged.",
    schema: { type: "string" },
  },
  "Last-Modified": {
    description: "When the data was last seeded; send it back in If-Modified-Since.",
    schema: { type: "string" },
  },
};

function operation(op: ApiOperation): Json {
  const responses: Json = {
    200: {
      description: op.ok.description,
      content: {
        "application/json": { schema: jsonSchema(op.ok.schema, "output") },
        ...Object.fromEntries(
          Object.entries(op.ok.media ?? {}).map(([type, example]) => [
            type,
            { schema: { type: "string" }, example },
          ]),
        ),
      },
    },
  };
  // A kept answer is revalidated with its tag or date (lib/server/conditional-get.ts).
  if ((op.method ?? "get") === "get" && !op.neverStored) {
    (responses[200] as Json).headers = VALIDATOR_HEADERS;
    responses[304] = {
      description:
        "Not modified: the ETag sent in If-None-Match, or the date in If-Modified-Since, is still current (JSON answers; the data has not been seeded since). No body.",
    };
  }
  // Every GET route answers another method with a JSON 405 naming the one to use.
  const errors =
    (op.method ?? "get") === "get"
      ? { 405: "Another method than GET, HEAD or OPTIONS.", ...op.errors }
      : op.errors;
  for (const [status, description] of Object.entries(errors))
    responses[status] = {
      description,
      content: {
        "application/json": {
          schema: status === "503" ? jsonSchema(healthSchema, "output") : ref("Error"),
        },
      },
    };
  const body = op.body && {
    requestBody: {
      required: true,
      description: op.body.description,
      content: Object.fromEntries(op.body.types.map((t) => [t, { schema: { type: "string" } }])),
    },
  };
  return {
    [op.method ?? "get"]: {
      operationId: op.id,
      summary: op.summary,
      description: op.description,
      parameters: parameters(op),
      ...body,
      responses,
    },
  };
}

/**
 * The OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas (query
 * parameters) and the response schemas, never written by hand.
 */
export function buildOpenApiDocument(): Json {
  const components = z.toJSONSchema(apiSchemas, {
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }).schemas as Record<string, Json>;
  for (const schema of Object.values(components)) {
    delete schema.$schema;
    delete schema.$id;
    delete schema.id;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Policy Atlas API",
      version: "1",
      summary:
        "Archived privacy policies compared practice by practice, with the policies' own words.",
      description: `JSON; read-only but for POST /api/analyze, which stores nothing. Bad parameters get 400 with \`{ "error": "…" }\` (an unknown parameter too); unknown slugs 404. Lists accept commas or repeated keys (\`companies=mozy,ibackup\` or \`companies=mozy&companies=ibackup\`). Answers change only when the data is re-seeded. Changes to policies are also published as Atom feeds (not JSON): ${API_FEEDS.map((f) => f.path).join(", ")}.`,
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths: Object.fromEntries(API_OPERATIONS.map((op) => [op.path, operation(op)])),
    components: { schemas: components },
  };
}
