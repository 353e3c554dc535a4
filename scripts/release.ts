/*
 * `npm run release [-- --force] [-- --no-build]`: the one step a deployment runs once per
 * version, before starting (or restarting) its instances with `npm start`. Migrates, loads the
 * seed files and builds the production bundle, against DATABASE_URL (or the embedded
 * PostgreSQL). Stops at the first problem with a non-zero exit, writing nothing for a bad seed.
 * `--force` loads seed files even when newer ones were loaded since; `--no-build` leaves the
 * build to another step. See docs/decisions/0006-serving-and-releasing.md.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { connectDatabase } from "../lib/db/connect-database";
import { readEnv } from "../lib/env";
import {
  defaultHistoryWorkers,
  formatHistoryOutcome,
  loadHistory,
} from "../lib/history/load-history";
import { runBuild } from "../lib/release/production-build";
import { releaseDatabase } from "../lib/release/release-database";

const log = (m: string) => console.log(`[release] ${m}`);

let args: { force: boolean; "no-build": boolean };
try {
  args = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
    },
  }).values as typeof args;
} catch (e) {
  console.error(`${(e as Error).message}\nUsage: npm run release [-- --force] [-- --no-build]`);
  process.exit(2);
}

let code = 0;
try {
  const env = readEnv();
  const db = await connectDatabase(env, log);
  try {
    await releaseDatabase(db.url, env, log, { force: args.force });
    // The policy history (docs/history.md), skipped when its files and code are unchanged.
    const history = await loadHistory(db.url, {
      seedDir: path.resolve(import.meta.dirname, "..", env.SEED_DIR),
      onlyIfStale: true,
      workers: defaultHistoryWorkers(),
      log,
    });
    log(formatHistoryOutcome(history));
    if (!args["no-build"]) {
      log("Building the production bundle (next build) …");
      code = runBuild(db.url);
      if (code !== 0) console.error(`[release] next build failed (exit ${code}).`);
    }
  } finally {
    await db.stop();
  }
} catch (e) {
  code = 1;
  console.error(`[release] Failed: ${(e as Error).message}`);
}
if (code === 0) log("Done. Start (or restart) the app with `npm start`.");
process.exit(code);
