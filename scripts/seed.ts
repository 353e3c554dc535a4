/*
 * `npm run seed [-- --force]`: validates the seed files and loads them (into DATABASE_URL, or the
 * embedded PostgreSQL), migrating first. Refuses files that newer, already-loaded files replaced
 * unless --force (lib/seed/run-seed.ts).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { connectDatabase } from "../lib/db/connect-database";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";
import { formatSeedSummary, OlderSeedFilesError, runSeed } from "../lib/seed/run-seed";
import { SeedError } from "../lib/seed/seed-error";

let force: boolean;
try {
  force = parseArgs({ options: { force: { type: "boolean", default: false } } }).values.force;
} catch (e) {
  console.error(`${(e as Error).message}\nUsage: npm run seed [-- --force]`);
  process.exit(2);
}

const env = readEnv();
const db = await connectDatabase(env, (m) => console.log(m));
let code = 0;
try {
  await migrate(db.url);
  const started = performance.now();
  const outcome = await runSeed(db.url, {
    seedDir: path.resolve(import.meta.dirname, "..", env.SEED_DIR),
    force,
    corpus: env.SEED_CORPUS === "on",
    log: (m) => console.log(m),
  });
  console.log(formatSeedSummary(outcome));
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
} catch (e) {
  code = 1;
  if (e instanceof SeedError) console.error(`Seed failed, nothing was written.\n  ${e.message}`);
  else if (e instanceof OlderSeedFilesError) console.error(e.message);
  else console.error(e);
} finally {
  await db.stop();
}
process.exit(code);
