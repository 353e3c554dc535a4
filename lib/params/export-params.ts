import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `format` of /api/export, as the route's query schema (lib/api/query-schemas.ts) reads it. */
export const exportFormatSchema = z
  .string({ error: "Give format only once: csv or json." })
  .trim()
  .toLowerCase()
  .pipe(z.enum(EXPORT_FORMATS, { error: "format must be csv or json." }))
  .default("csv");

/** `format` of /api/export: csv (the default) or json. */
export function parseExportFormat(
  raw: unknown,
): { ok: true; format: ExportFormat } | { ok: false; error: string } {
  const parsed = exportFormatSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, format: parsed.data }
    : { ok: false, error: parsed.error.issues[0]?.message ?? "format must be csv or json." };
}
