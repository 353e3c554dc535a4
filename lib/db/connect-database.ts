import path from "node:path";
import type { Env } from "../env";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

export type ConnectedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL. Nothing else. */
export async function connectDatabase(
  env: Env,
  log: (m: string) => void,
  database = "policy_atlas",
): Promise<ConnectedDatabase> {
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
