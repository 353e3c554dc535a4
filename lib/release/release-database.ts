import path from "node:path";
import { connectDatabase, type ConnectedDatabase } from "../db/connect-database";
import { migrate } from "../db/migrate";
import type { Env } from "../env";
import { formatSeedSummary, runSeed, type SeedOptions } from "../seed/run-seed";
import { SeedError } from "../seed/seed-error";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * The database half of a release: applies pending migrations, then loads the seed files.
 * Throws on any problem (a bad seed file, files older than the data), so a release stops.
 */
export async function releaseDatabase(
  url: string,
  env: Env,
  log: (m: string) => void,
  seed: Pick<SeedOptions, "force" | "onlyIfStale"> = {},
): Promise<void> {
  const applied = await migrate(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date.");
  const outcome = await runSeed(url, {
    ...seed,
    seedDir: path.resolve(ROOT, env.SEED_DIR),
    corpus: env.SEED_CORPUS === "on",
    log,
  });
  log(formatSeedSummary(outcome));
}

/*
 * The zero-config path (`npm start` without DATABASE_URL, and `npm run dev`): one machine, one
 * checkout, so it releases to its own database itself, and the files on disk are the truth
 * (switching to an older branch loads its older files). A seed-file problem does not stop it:
 * the data already loaded is served and the problem is shown.
 */
export async function prepareOwnDatabase(
  env: Env,
  log: (m: string) => void,
): Promise<ConnectedDatabase> {
  const db = await connectDatabase(env, log);
  try {
    await releaseDatabase(db.url, env, log, { onlyIfStale: true, force: true }).catch(
      (e: unknown) => {
        if (!(e instanceof SeedError)) throw e;
        log(`Seed not loaded; serving the data already loaded.\n  ${e.message}`);
      },
    );
    return db;
  } catch (e) {
    await db.stop();
    throw e;
  }
}
