import path from "node:path";
import type { Env } from "../env";
import { formatSeedSummary, runSeed } from "../seed/run-seed";
import { SeedError } from "../seed/seed-error";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrate";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL. Nothing else. */
export async function connectDatabase(
  env: Env,
  log: (m: string) => void,
  database = "policy_atlas",
): Promise<PreparedDatabase> {
  if (env.DATABASE_URL)
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(ROOT, env.EMBEDDED_PG_DIR),
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  await ensureDatabase(server.url("postgres"), database);
  log(`Embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${env.EMBEDDED_PG_DIR})`);
  return { url: server.url(database), embedded: true, stop: server.stop };
}

/** Connects, applies pending migrations and seeds when the data is missing or stale. */
export async function prepareDatabase(
  env: Env,
  log: (m: string) => void,
): Promise<PreparedDatabase> {
  const db = await connectDatabase(env, log);
  try {
    const applied = await migrate(db.url);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    try {
      log(
        formatSeedSummary(
          await runSeed(db.url, {
            onlyIfStale: true,
            seedDir: path.resolve(ROOT, env.SEED_DIR),
            corpus: env.SEED_CORPUS === "on",
            log,
          }),
        ),
      );
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      log(`Seed files have a problem; serving the data already loaded.\n  ${e.message}`);
    }
    return db;
  } catch (e) {
    await db.stop();
    throw e;
  }
}
