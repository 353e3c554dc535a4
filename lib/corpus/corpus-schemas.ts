import { z } from "zod";
import { slugSchema } from "../seed/seed-schemas";
import { SECTOR_SLUGS, SECTORS } from "../sectors";

/** seeds/corpus/services.json, as Open Terms Archive's export writes it (read its README). */
export const servicesFileSchema = z
  .strictObject({
    sources: z
      .array(
        z.strictObject({
          collection: z.string().min(1),
          repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
          commit: z.string().regex(/^[0-9a-f]{40}$/, "must be a full commit hash"),
        }),
      )
      .min(1),
    services: z
      .array(
        z.strictObject({
          slug: slugSchema,
          name: z.string().trim().min(1).max(80),
          collection: z.string().min(1),
          sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
          versions: z.number().int().min(1),
          firstRecordedAt: z.iso.datetime({ offset: true }),
          lastRecordedAt: z.iso.datetime({ offset: true }),
          latestSha256: z.string().regex(/^[0-9a-f]{64}$/),
          latestBytes: z.number().int().min(0),
          /**
           * Reviewed, not Open Terms Archive's: a newer recording of the same service under
           * another slug (ProtonMail's 2021–2022 recording → Proton Mail's current one).
           */
          supersededBy: slugSchema.optional(),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    const slugs = new Set(file.services.map((s) => s.slug));
    file.services.forEach((s, i) => {
      if (s.supersededBy === undefined) return;
      if (s.supersededBy === s.slug || !slugs.has(s.supersededBy))
        ctx.addIssue({
          code: "custom",
          path: ["services", i, "supersededBy"],
          message: `"${s.supersededBy}" must be another service of this file`,
        });
    });
  });
export type ServicesFile = z.infer<typeof servicesFileSchema>;
export type CorpusService = ServicesFile["services"][number];

/** seeds/sectors.json: the fixed sector list (as lib/sectors.ts has it) and every company's sector. */
export const sectorsFileSchema = z.strictObject({
  sectors: z
    .array(z.strictObject({ slug: z.string(), name: z.string() }))
    .refine(
      (list) =>
        list.length === SECTORS.length &&
        list.every((s, i) => s.slug === SECTORS[i]!.slug && s.name === SECTORS[i]!.name),
      `must be the fixed list, in order: ${SECTORS.map((s) => s.slug).join(", ")}`,
    ),
  companies: z.record(slugSchema, z.enum(SECTOR_SLUGS)),
});
export type SectorsFile = z.infer<typeof sectorsFileSchema>;

/** One line of a history file: one recorded version of the policy. */
export const historyVersionSchema = z.strictObject({
  recordedAt: z.iso.datetime({ offset: true }),
  kind: z.enum(["first", "change", "technical"]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});
export type HistoryVersion = z.infer<typeof historyVersionSchema>;
