import { z } from "zod";

/**
 * A setting that may be left out or left blank (`FOO=` in a .env file): trimmed, blank read as
 * unset, and otherwise checked by `schema`. One shape for every optional address the app reads.
 */
export const optionalSetting = <T extends z.ZodType<string | undefined, string | undefined>>(
  schema: T,
) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(schema);
