import { z } from "zod";
import type { CompanyDetail, CompanySummary, Evidence, Finding } from "../queries/companies";
import type { MatrixCell } from "../queries/matrix";
import type { Practice } from "../queries/practices";
import { PROVENANCES } from "../provenance";
import type { RegionalSource } from "../regional-source";
import { API_RATINGS, type ApiCertainty } from "./api-finding";
import { SECTOR_SLUGS } from "../sectors";
import type { analysisJson } from "../reading/analysis-json";
import { PRACTICE_SLUGS } from "../reading/practice-slugs";
import type { diffJson, versionsJson } from "./history-json";
import { VERSION_STATUS_LABELS, VERSION_STATUSES } from "../history/version-status";
import type { changesJson } from "./changes-json";

/*
 * The bodies the API answers with, as zod schemas registered under the names the OpenAPI
 * document gives them (components/schemas). The compile-time checks at the bottom tie each one
 * to the TypeScript type the query functions return, and tests/integration/openapi.test.ts parses
 * real answers with them, so the reference describes what is actually sent.
 */

export const apiSchemas = z.registry<{ id: string; description: string }>();

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const day = z.iso.date();
const month = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, "a month, YYYY-MM");

export const ratingSchema = z.enum(API_RATINGS).register(apiSchemas, {
  id: "Rating",
  description:
    "protective: goes beyond the minimum in the user's favour; neutral: common practice with the usual limits stated; concerning: exposes the user more than common practice, or leaves a door open without limits; not-addressed: the policy says nothing on this (curated findings only: a person read the whole policy); no-clause-found (machine-read findings only): no clause was read as about the practice, which is not proof that the policy is silent (the machine can miss a clause); see closestClauseProbability.",
});

export const provenanceSchema = z.enum(PROVENANCES).register(apiSchemas, {
  id: "Provenance",
  description:
    "curated: a person read the policy and wrote the finding; machine: drafted by the classifier and the rating rules, not reviewed (machine-read).",
});

const attributionSchema = z
  .object({
    curated: z.string(),
    machine: z.string(),
    openTermsArchive: z.object({
      credit: z.string(),
      url: z.string(),
      licence: z.string(),
      licenceUrl: z.string(),
    }),
  })
  .meta({
    description:
      "Where the data comes from; machine-read policies are Open Terms Archive data under ODC-BY 1.0.",
  });

export const errorSchema = z
  .object({
    error: z
      .string()
      .meta({ examples: ["Unknown practices: telepathy. Known practices: cookies, retention, …"] }),
  })
  .register(apiSchemas, {
    id: "Error",
    description: "Why the request was refused, in one sentence.",
  });

export const practiceSchema = z
  .object({
    slug,
    name: z.string(),
    description: z.string(),
    core: z.boolean().meta({ description: "One of the four practices the grid leads with." }),
    position: z.int().meta({ description: "Place in the taxonomy, from 1." }),
  })
  .register(apiSchemas, { id: "Practice", description: "A practice of the taxonomy." });

export const companySummarySchema = z
  .object({
    slug,
    name: z.string(),
    legalName: z.string(),
    website: z.string(),
    effectiveDate: z.union([day, month]).nullable().meta({
      description:
        'The date the policy states for itself, if any: a day (YYYY-MM-DD), or only a month (YYYY-MM, effectiveDatePrecision "month") when the policy gives no day ("Last updated: June 2026"). No day is ever made up.',
    }),
    effectiveDatePrecision: z.enum(["day", "month"]).nullable().meta({
      description:
        'How much of its date the policy states: "day", or "month" when it gives only a month; null when no date was found.',
    }),
    effectiveDateLabel: z.string().nullable().meta({
      description:
        'What the policy calls that date: "Effective", "Last modified", or "Dated" (labelled only "Date:" or standing alone under its heading).',
    }),
    archivedOn: day.nullable().meta({ description: "When the archived copy was taken." }),
    sector: z.enum(SECTOR_SLUGS),
    provenance: provenanceSchema,
    recordedBy: z.string().nullable().meta({
      description:
        'Who recorded the policy text ("Open Terms Archive"); null for the curated archives.',
    }),
    samePolicyAs: z.array(slug).meta({
      description:
        "The other companies whose policy text is the very same (Gmail, Google Voice and Blogger record Google's one privacy policy), by name; empty when the text is the company's own.",
    }),
    recordedLongAgo: z.boolean().meta({
      description:
        "Machine-read: Open Terms Archive's latest recording is more than a year older than the corpus's newest, so the service's current policy may differ.",
    }),
    mayNotBePrivacyPolicy: z.boolean().meta({
      description:
        "Machine-read: fewer than one clause in five of the recorded text speaks to any of the 14 practices, so it may be terms of service or another page rather than the privacy policy, and its findings say little. False for the curated companies.",
    }),
    supersededBy: slug.nullable().meta({
      description:
        "A newer recording of the same service, as our reviewed list names it (protonmail → proton-mail); null when none.",
    }),
    statedAfterRecorded: z.boolean().meta({
      description:
        "The policy's own date (effectiveDate) is later than the day its text was recorded (archivedOn): it was published ahead of the day it takes effect, and an earlier policy may apply until then. False when either date is missing.",
    }),
  })
  .register(apiSchemas, { id: "CompanySummary", description: "A company and its policy's dates." });

export const regionalSourceSchema = z
  .object({
    region: z.string().meta({
      description:
        'The region the address names: "EEA", "EU" or a country code ("GB", "IE", "US"…).',
      examples: ["EEA", "GB"],
    }),
    kind: z.enum(["region", "locale"]).meta({
      description:
        "region: the page for a region (a path segment such as /eea/ or /us/, gl=IE, a uk. subdomain); locale: the page in a country's English (en-GB, hl=en-GB, us-en).",
    }),
    note: z.string().meta({
      description: "The sentence the pages show.",
      examples: ["Recorded from the page for the EEA", "Recorded from the UK English page"],
    }),
  })
  .nullable()
  .register(apiSchemas, {
    id: "RegionalSource",
    description:
      "What the recorded address says about the region its page was written for, read from the address only (never the text); null when the address names no region. The company's policy elsewhere may differ.",
  });

export const evidenceSchema = z
  .object({
    anchor: z.string().meta({ description: "The clause's anchor on /companies/{slug}." }),
    quote: z.string().meta({ description: "The words quoted from the clause." }),
    text: z.string().meta({ description: "The whole clause." }),
    headingPath: z
      .array(z.string())
      .meta({ description: "Headings above the clause, outermost first." }),
  })
  .register(apiSchemas, {
    id: "Evidence",
    description: "A clause quoted in support of a finding.",
  });

/** What a finding says, in a grid cell and on a company. */
const findingShape = {
  practice: slug,
  rating: ratingSchema,
  summary: z.string().meta({ description: "Our plain-language summary." }),
  provenance: provenanceSchema,
  reason: z.string().nullable().meta({
    description: "Machine findings: why the rules gave this rating; null when curated.",
  }),
  confidence: z.number().nullable().meta({
    description:
      "Machine findings: how sure the suggested rating is, from 0 to 1; null when curated and when no-clause-found (there is no rating to be sure of).",
  }),
  closestClauseProbability: z
    .number()
    .nullable()
    .meta({
      description:
        'no-clause-found only: the highest probability, 0 to 1, that any clause of the policy is about the practice (the page\'s "Closest clause: 1% likely"); null for every other rating.',
      examples: [0.01],
    }),
  evidence: z.array(evidenceSchema),
};

export const cellSchema = z
  .object({
    company: slug,
    ...findingShape,
    facts: z.array(z.object({ kind: z.string(), value: z.string(), quote: z.string() })).meta({
      description:
        "A machine finding's facts that decided its rating, each with its exact quote (the age a children's clause names, a retention period, a sale denied …); empty for a curated finding.",
    }),
  })
  .register(apiSchemas, { id: "Cell", description: "One company × practice finding." });

export const matrixSchema = z
  .object({
    practices: z.array(practiceSchema),
    companies: z.array(
      companySummarySchema.extend({
        readVersion: z
          .string()
          .nullable()
          .meta({
            description:
              "The page of the recorded version this company's findings were read from, which keeps that text whatever the company records next: cite a finding's evidence at `readVersion#anchor`. Null while the policy history is still loading.",
            examples: ["/companies/mozy/versions/50001"],
          }),
      }),
    ),
    cells: z.array(cellSchema).meta({
      description:
        "Practice by practice, company by company in the order of `companies`; only the ratings asked for.",
    }),
    paging: z
      .object({
        page: z.int(),
        perPage: z.int(),
        pageCount: z.int(),
        totalCompanies: z.int(),
        next: z
          .string()
          .nullable()
          .meta({
            description:
              "The next page's address (path and query, `page` changed); null on the last page.",
            examples: ["/api/matrix?practices=retention&page=2"],
          }),
        prev: z.string().nullable().meta({
          description: "The previous page's address; null on the first page.",
        }),
      })
      .optional()
      .meta({
        description:
          "Present when companies were not named, so they come a page at a time (20 by default).",
      }),
    attribution: attributionSchema,
  })
  .register(apiSchemas, { id: "Matrix", description: "The comparison grid as data." });

export const companyDetailSchema = companySummarySchema
  .extend({
    regionalSource: regionalSourceSchema,
    policy: z.object({
      title: z.string(),
      sourceUrl: z.string().nullable(),
      archiveUrl: z.string().nullable(),
      contentHash: z.string(),
      recordedBy: z.string().nullable(),
    }),
    findings: z.array(
      z.object({
        ...findingShape,
        facts: z.array(z.object({ kind: z.string(), value: z.string(), quote: z.string() })),
      }),
    ),
    clauses: z.array(
      z.object({
        anchor: z.string(),
        position: z.int(),
        headingPath: z.array(z.string()),
        text: z.string(),
        practices: z.array(slug),
        tags: z.array(z.object({ practice: slug, probability: z.number().nullable() })).meta({
          description: "Practice tags; probability is the classifier's for machine tags.",
        }),
      }),
    ),
  })
  .register(apiSchemas, {
    id: "CompanyDetail",
    description: "A company, its policy, its 14 findings and every clause of the policy.",
  });

export const searchResultSchema = z
  .object({
    query: z.string().meta({ description: "The search as run, after cleaning." }),
    total: z.int().meta({ description: "Every match, not only those returned." }),
    companyTotal: z.int().meta({
      description: "How many companies have a match: the policies that mention the search.",
    }),
    results: z.array(
      z.object({
        company: slug,
        provenance: provenanceSchema,
        anchor: z.string(),
        headingPath: z.array(z.string()),
        practices: z.array(slug),
        snippet: z.string().meta({
          description:
            "Plain text; matched words wrapped in « and »; a leading or trailing … marks a cut.",
        }),
        rank: z.number(),
      }),
    ),
    paging: z.object({
      page: z.int(),
      perPage: z.int().meta({ description: "`limit`: results a page." }),
      pageCount: z.int(),
      next: z.string().nullable().meta({
        description:
          "The next page's address (path and query, `page` changed); null on the last page.",
      }),
      prev: z.string().nullable().meta({
        description: "The previous page's address; null on the first page.",
      }),
    }),
    attribution: attributionSchema,
  })
  .register(apiSchemas, {
    id: "SearchResults",
    description: "Clauses matching a search, best first.",
  });

export const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["up", "down"]),
    latencyMs: z.number().meta({
      description: "How long the database took to answer the check, in milliseconds.",
    }),
  })
  .register(apiSchemas, { id: "Health", description: "Whether the app can reach its database." });

export const companyListEntrySchema = companySummarySchema
  .extend({ regionalSource: regionalSourceSchema })
  .register(apiSchemas, {
    id: "CompanyListEntry",
    description: "A company, its policy's dates and the region its recorded page names.",
  });
export const companiesListSchema = z
  .object({ companies: z.array(companyListEntrySchema) })
  .register(apiSchemas, { id: "CompanyList", description: "Every company, by name." });
export const practicesListSchema = z
  .object({ practices: z.array(practiceSchema) })
  .register(apiSchemas, { id: "PracticeList", description: "The taxonomy, in order." });
export const companyResponseSchema = z
  .object({ company: companyDetailSchema, attribution: attributionSchema })
  .register(apiSchemas, { id: "CompanyResponse", description: "One company in full." });

const versionRef = z.object({
  id: z.int(),
  recordedAt: z.string().meta({ description: "When it was recorded (ISO 8601 date and time)." }),
});

export const versionsSchema = z
  .object({
    versions: z.array(
      z.object({
        ...versionRef.shape,
        kind: z.enum(["first", "change", "technical"]).meta({
          description:
            "first: the first version recorded; change: the text changed; technical: the same text re-extracted (never listed as a change). As Open Terms Archive recorded it: `status` says what the atlas makes of it.",
        }),
        status: z.enum(VERSION_STATUSES).meta({
          description:
            "What the version is to a reader, as its badge on the history and the version's page says: only `change` is listed on /changes and in the feeds. layout-only: a change with no clause changed; back-and-forth: the page flickering between texts; other-language: a translation; capture-failed: a page holding no policy (error page, cookie wall, cut short); technical: a re-extraction; first: the first (English) text.",
        }),
        label: z.enum(Object.values(VERSION_STATUS_LABELS) as [string, ...string[]]).meta({
          description:
            'The words of that badge: "Changed", "Layout only", "Back and forth", "Another language", "Failed capture", "Re-extraction", "First recorded".',
        }),
        clauseCount: z.int(),
        changedClauses: z.int().meta({
          description:
            "Clauses modified, added and removed against `comparedTo` (an edited clause counts once); 0 on a change is a layout-only change.",
        }),
        changedPractices: z
          .array(slug)
          .meta({ description: "The practices the changed clauses carry." }),
        returnsTo: versionRef.nullable().meta({
          description:
            "The version, in force within the 30 days before, whose clauses this one returns to (a page going back and forth); else null.",
        }),
        backAndForth: z.boolean().meta({
          description:
            "Part of a page going back and forth between texts: left out of /changes and the feeds.",
        }),
        otherLanguage: z.boolean().meta({
          description:
            "Recorded in another language than the policy's usual one (a translation the page showed for a while): not a change, left out of /changes, the feeds and the ratings over time.",
        }),
        captureFailed: z.boolean().meta({
          description:
            "Open Terms Archive recorded a page that holds no policy (an error page, a cookie wall, a page cut short: far shorter than the text before it and speaking to at most three practices): not a change, left out of /changes, the feeds and the ratings over time; the next version is compared with the last text recorded whole.",
        }),
        comparedTo: versionRef.nullable().meta({
          description:
            "The version the counts are against: the previous one, or the text the page last kept after going back and forth; null for the first version.",
        }),
      }),
    ),
    attribution: attributionSchema,
  })
  .register(apiSchemas, {
    id: "Versions",
    description: "Every recorded version of a company's policy, newest first.",
  });

const diffClause = z.object({ text: z.string(), practices: z.array(slug) });
const diffVersion = z.object({
  ...versionRef.shape,
  kind: z.enum(["first", "change", "technical"]),
});

export const diffSchema = z
  .object({
    from: diffVersion,
    to: diffVersion,
    added: z.array(diffClause).meta({ description: "Clauses in `to` and not in `from`." }),
    removed: z.array(diffClause).meta({ description: "Clauses in `from` and not in `to`." }),
    modified: z
      .array(z.object({ before: diffClause, after: diffClause }))
      .meta({ description: "Clauses edited between the two, each paired with its earlier form." }),
    attribution: attributionSchema,
  })
  .register(apiSchemas, {
    id: "VersionDiff",
    description:
      "Two versions of a policy compared clause by clause; `from` may be newer than `to` (read backwards).",
  });

export const changesSchema = z
  .object({
    changes: z.array(
      z.object({
        company: z.object({
          slug,
          name: z.string(),
          sector: z.string(),
          provenance: provenanceSchema,
        }),
        ...versionRef.shape,
        kind: z.enum(["first", "change", "technical"]).meta({
          description: "Always `change`: the text changed (re-extractions are not listed).",
        }),
        comparedTo: versionRef.meta({
          description:
            "The version the counts are against: the previous one, or the text the page last kept after going back and forth, or the last English one.",
        }),
        added: z.int().meta({ description: "Clauses added." }),
        modified: z.int().meta({ description: "Clauses modified." }),
        removed: z.int().meta({ description: "Clauses removed." }),
        changedPractices: z
          .array(slug)
          .meta({ description: "The practices the changed clauses carry (machine tags)." }),
        ratingChanges: z
          .array(z.object({ practice: slug, before: ratingSchema, after: ratingSchema }))
          .meta({
            description:
              "Suggested ratings (machine-read) that moved at this change; a practice no clause was read as about is no-clause-found.",
          }),
        comparison: z.string().meta({
          description:
            "The comparison's page, absolute (from PUBLIC_BASE_URL or the request's origin).",
          examples: ["https://atlas.example.org/companies/tiktok/changes?from=9138&to=9139"],
        }),
        diff: z.string().meta({
          description: "The same comparison as JSON (/api/companies/{slug}/diff), a path.",
        }),
      }),
    ),
    paging: z.object({
      page: z.int(),
      perPage: z.int(),
      pageCount: z.int(),
      total: z.int().meta({ description: "Every change the filters keep, on all pages." }),
      next: z
        .string()
        .nullable()
        .meta({
          description: "The next page's address (path and query); null on the last page.",
          examples: ["/api/changes?practice=retention&page=2"],
        }),
      prev: z
        .string()
        .nullable()
        .meta({ description: "The previous page's address; null on the first page." }),
    }),
    attribution: attributionSchema,
  })
  .register(apiSchemas, {
    id: "Changes",
    description:
      "Changes companies made to their privacy policies across the atlas, newest first, as /changes lists them (re-extractions, layout-only versions, pages going back and forth and versions in another language left out).",
  });

const practiceSlug = z.enum(PRACTICE_SLUGS);

export const analysisSchema = z
  .object({
    statedDate: z
      .object({
        date: z.union([day, month]).meta({
          description:
            "A day (YYYY-MM-DD), or only a month (YYYY-MM) when the policy gives no day.",
        }),
        precision: z.enum(["day", "month"]),
        label: z.enum(["Effective", "Last modified", "Dated"]),
        stated: z.string().meta({ description: "The words the date was read from." }),
      })
      .nullable()
      .meta({ description: "The date the policy states for itself; null when none is found." }),
    clauses: z.array(
      z.object({
        text: z.string(),
        headingPath: z.array(z.string()),
        practices: z.partialRecord(practiceSlug, z.number()).meta({
          description: "The practices the clause was read as about, with their probabilities.",
        }),
      }),
    ),
    findings: z.array(
      z.object({
        practice: practiceSlug,
        rating: ratingSchema,
        reason: z.string().meta({ description: "Why the rules gave this rating." }),
        confidence: findingShape.confidence,
        closestClauseProbability: findingShape.closestClauseProbability,
        facts: z.array(z.object({ kind: z.string(), value: z.string(), quote: z.string() })),
        evidence: z.array(z.object({ quote: z.string() })),
      }),
    ),
  })
  .register(apiSchemas, {
    id: "Analysis",
    description:
      "A policy read by machine: its clauses and practices, and a machine-read finding for each of the 14 practices (never `not-addressed`). Nothing is stored.",
  });

/** A cell and a company as the API gives them: ratings and certainty by toApiFinding. */
export type ApiCell = Omit<MatrixCell, "rating" | "confidence"> & ApiCertainty;
export type ApiFinding = Omit<Finding, "rating" | "confidence"> & ApiCertainty;
export type ApiCompanyDetail = Omit<CompanyDetail, "findings"> & {
  findings: ApiFinding[];
  regionalSource: RegionalSource | null;
};

// The schemas and the query functions' types must agree both ways; a drift fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T => true as T;
agree<Same<z.infer<typeof practiceSchema>, Practice>>();
agree<Same<z.infer<typeof companySummarySchema>, CompanySummary>>();
agree<Same<z.infer<typeof regionalSourceSchema>, RegionalSource | null>>();
agree<Same<z.infer<typeof evidenceSchema>, Evidence>>();
agree<Same<z.infer<typeof cellSchema>, ApiCell>>();
agree<Same<z.infer<typeof companyDetailSchema>, ApiCompanyDetail>>();
agree<Same<z.infer<typeof versionsSchema>, ReturnType<typeof versionsJson>>>();
agree<Same<z.infer<typeof diffSchema>, ReturnType<typeof diffJson>>>();
agree<Same<z.infer<typeof changesSchema>, ReturnType<typeof changesJson>>>();
agree<Same<z.infer<typeof analysisSchema>, ReturnType<typeof analysisJson>>>();
