import { z } from "zod";
import { correctionsContactSchema } from "./corrections-contact";
import { optionalSetting } from "./optional-setting";

/** An http(s) origin, optionally with a path prefix; no query or fragment; no trailing slash. */
export const publicBaseUrlSchema = optionalSetting(
  z
    .url({
      protocol: /^https?$/,
      error: "must be an http:// or https:// address, e.g. https://atlas.example.org",
    })
    .refine((v) => {
      if (!URL.canParse(v)) return true; // already reported by the check above
      const u = new URL(v);
      return !u.search && !u.hash && !u.username && !u.password;
    }, "must be a plain address with no query (?), fragment (#) or credentials")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
);

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const envSchema = z.object({
  DATABASE_URL: optionalSetting(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
      .optional(),
  ),
  PORT: port(3000),
  EMBEDDED_PG_PORT: port(54329),
  EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /**
   * How many `next start` processes serve behind the front server (docs/operations.md). One
   * render runs on one thread: a second process lets first visits use a second core, for more
   * of them per second and a shorter queue under load, at ~0.5 GB of memory and a warm-up each.
   */
  NEXT_PROCESSES: z.coerce.number().int().min(1).max(16).default(1),
  /** Where the seed files live; tests point it at fixtures (e.g. a hostile policy). */
  SEED_DIR: z.string().min(1).default("seeds"),
  /**
   * The address readers reach the app at (e.g. https://atlas.example.org behind a proxy that
   * terminates TLS), for links that leave the site, such as the CSV's evidence links. Without
   * it, the origin of each request is used.
   */
  PUBLIC_BASE_URL: publicBaseUrlSchema,
  /** Where readers ask for a finding to be corrected (lib/corrections-contact.ts). */
  CORRECTIONS_CONTACT: correctionsContactSchema,
  /** "off" loads only the curated seed, not the 302 machine-read policies of seeds/corpus (quicker for development and tests). */
  SEED_CORPUS: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof envSchema>;

/** Reads the environment once; a bad value stops start-up with a message naming the variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
