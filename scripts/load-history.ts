/*
 * `npm run history`: loads every recorded version of every policy (docs/history.md) into
 * DATABASE_URL or the embedded PostgreSQL, after the seed. `--if-stale` skips an unchanged
 * history (how `npm start` runs it, in the background).
 */
import path from "node:path";
import { connectDatabase } from "../lib/db/connect-database";
import { readEnv } from "../lib/env";
import {
  defaultHistoryWorkers,
  formatHistoryOutcome,
  loadHistory,
} from "../lib/history/load-history";

const env = readEnv();
const log = (m: string) => console.log(`[policy-atlas] ${m}`);
const db = await connectDatabase(env, log);
let code = 0;
try {
  const outcome = await loadHistory(db.url, {
    seedDir: path.resolve(import.meta.dirname, "..", env.SEED_DIR),
    onlyIfStale: process.argv.includes("--if-stale"),
    workers: defaultHistoryWorkers(),
    log,
  });
  log(formatHistoryOutcome(outcome));
} catch (e) {
  code = 1;
  console.error(`[policy-atlas] History load failed: ${(e as Error).message}`);
} finally {
  await db.stop();
}
process.exit(code);
