import { z } from "zod";
import { RATINGS } from "../ratings";
import { countSentences, SUMMARY_MAX_SENTENCES } from "../rubric";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../slug";

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, "must be a lowercase slug (letters, digits, single hyphens)")
  .max(MAX_SLUG_LENGTH);

export const practiceFileSchema = z
  .array(
    z.strictObject({
      slug: slugSchema,
      name: z.string().min(2).max(60),
      description: z.string().min(10).max(400),
      core: z.boolean(),
    }),
  )
  .min(1);
export type PracticeSeed = z.infer<typeof practiceFileSchema>[number];

/** A quote identifies a clause: it must occur, whitespace aside, in exactly one clause. */
const quoteSchema = z
  .string()
  .trim()
  .min(12, "must be at least 12 characters, to identify one clause")
  .max(2000);

const DRAFT_SUMMARY = /^Machine-read, not reviewed\b/i;

const findingSchema = z
  .strictObject({
    practice: slugSchema,
    rating: z.enum(RATINGS),
    summary: z
      .string()
      .trim()
      .min(20, "must be a sentence or two")
      .max(400, "must be at most 400 characters")
      .refine((s) => countSentences(s) <= SUMMARY_MAX_SENTENCES, {
        message: `must be at most ${SUMMARY_MAX_SENTENCES} sentences (the rubric's limit)`,
      })
      // `analyze --format annotation` opens every summary so: loaded unreviewed, a curated
      // badge would sit on words saying "not reviewed".
      .refine((s) => !DRAFT_SUMMARY.test(s), {
        message:
          'is still the machine\'s draft ("Machine-read, not reviewed …"): review the finding and write its summary in your own words',
      }),
    evidence: z.array(quoteSchema).max(8),
  })
  .superRefine((f, ctx) => {
    if (f.rating === "not-addressed" && f.evidence.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["evidence"],
        message: "a not-addressed finding has no evidence",
      });
    if (f.rating !== "not-addressed" && f.evidence.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["evidence"],
        message: `a ${f.rating} finding needs at least one evidence quote`,
      });
  });

export const annotationFileSchema = z.strictObject({
  company: z.strictObject({
    slug: slugSchema,
    name: z.string().trim().min(2).max(80),
    legalName: z.string().trim().min(2).max(120),
    website: z.url({ protocol: /^https?$/ }),
  }),
  policyFile: z.string().regex(/^[a-z0-9-]+\.md$/, "must name a .md file in seeds/policies"),
  clauseTags: z.array(
    z.strictObject({ quote: quoteSchema, practices: z.array(slugSchema).min(1) }),
  ),
  findings: z.array(findingSchema),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
