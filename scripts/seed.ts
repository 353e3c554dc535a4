/* `npm run seed`: validates the seed files and loads them (into DATABASE_URL, or the embedded PostgreSQL). */
import path from "node:path";
import { connectDatabase } from "../lib/db/prepare-database";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";
import { formatSeedSummary, runSeed } from "../lib/seed/run-seed";
import { SeedError } from "../lib/seed/seed-error";

const env = readEnv();
const db = await connectDatabase(env, (m) => console.log(m));
let code = 0;
try {
  await migrate(db.url);
  const started = performance.now();
  const outcome = await runSeed(db.url, {
    seedDir: path.resolve(import.meta.dirname, "..", env.SEED_DIR),
    corpus: env.SEED_CORPUS === "on",
    log: (m) => console.log(m),
  });
  console.log(formatSeedSummary(outcome));
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
} catch (e) {
  code = 1;
  console.error(e instanceof SeedError ? `Seed failed, nothing was written.\n  ${e.message}` : e);
} finally {
  await db.stop();
}
process.exit(code);
