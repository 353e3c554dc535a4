/*
 * `npm run seed:synthetic -- --companies 1000 [--seed 1] [--database-url URL]`: loads made-up
 * companies for load tests. Without --database-url it uses the embedded PostgreSQL's
 * `policy_atlas_synthetic` database, so the app's own data is never mixed with them.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { connectDatabase } from "../lib/db/connect-database";
import { readEnv } from "../lib/env";
import { seedSynthetic, SYNTHETIC_DATABASE } from "../lib/seed/synthetic/seed";

const argsSchema = z.object({
  companies: z.coerce.number().int().min(0).max(9999).default(1000),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  "database-url": z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
});

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: {
      companies: { type: "string" },
      seed: { type: "string" },
      "database-url": { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"),
    );
  args = parsed.data;
} catch (e) {
  console.error(
    `${(e as Error).message}\nUsage: npm run seed:synthetic -- --companies 1000 [--seed 1] [--database-url postgresql://…]`,
  );
  process.exit(2);
}

const env = readEnv();
const db = args["database-url"]
  ? { url: args["database-url"], stop: async () => undefined }
  : await connectDatabase(
      { ...env, DATABASE_URL: undefined },
      (m) => console.log(m),
      SYNTHETIC_DATABASE,
    );
let code = 0;
try {
  const r = await seedSynthetic(db.url, { companies: args.companies, seed: args.seed });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Synthetic seed: ${r.companies} companies, ${r.clauses} clauses (${r.tags} practice tags), ${r.findings} findings, ${r.evidence} evidence quotes.`,
  );
  console.log(
    `Done in ${s(r.totalMs)} (migrate + real seed ${s(r.prepareMs)}, plan ${s(r.planMs)}, write ${s(r.writeMs)}); data version ${r.dataVersion}.`,
  );
  if (!args["database-url"]) console.log(`Serve it with: DATABASE_URL=${db.url} npm start`);
} catch (e) {
  code = 1;
  console.error(`Synthetic seed failed, nothing was written: ${(e as Error).message}`);
} finally {
  await db.stop();
}
process.exit(code);
