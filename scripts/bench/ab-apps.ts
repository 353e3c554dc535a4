import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, takeOverShutdownSignals } from "../../lib/db/embedded-postgres";
import { isAlive, postmasterPid, ROOT, waitFor } from "../app-process";
import { readBenchConfig } from "./bench-config";
import { cpuReader, type CpuSnapshot } from "./cpu-usage";
import { RENDER_FLOOR } from "./miss-path";

/*
 * The two builds of an A/B (ab-render.ts, ab-mix.ts), started side by side on the bench's
 * PostgreSQL (BENCH_PG_DIR, BENCH_PG_PORT): this worktree's build on BENCH_PORT, the other's on
 * BENCH_PORT - 1. To tell a change of data from a change of code, AB_BEFORE_PG_DIR gives the
 * other build a database of its own (on BENCH_PG_PORT + 1, e.g. one its own `bench:miss`
 * seeded), and AB_AFTER_WORKTREE runs another build in place of this one (one build, two
 * databases).
 */

export type AbSide = "before" | "after";
export type AbApps = {
  base: Record<AbSide, string>;
  /** CPU of each side's app (front server and Next) and of the PostgreSQL it uses. */
  cpu: Record<AbSide, () => CpuSnapshot>;
  /** Resident memory of each side's app processes (front server and Next), in MB. */
  rssMb: (side: AbSide) => number;
  /** The database the "after" build reads. */
  databaseUrl: string;
  stop: () => Promise<void>;
};

export async function startAbApps(other: string): Promise<AbApps> {
  const config = readBenchConfig();
  takeOverShutdownSignals();
  const afterDir = config.BENCH_PG_DIR;
  const beforeDir = process.env.AB_BEFORE_PG_DIR;
  const db = await startEmbeddedPostgres({
    dataDir: path.resolve(ROOT, afterDir),
    port: config.BENCH_PG_PORT,
  });
  const beforeDb = beforeDir
    ? await startEmbeddedPostgres({
        dataDir: path.resolve(ROOT, beforeDir),
        port: config.BENCH_PG_PORT + 1,
      })
    : db;

  const start = (dir: string, port: number, url: string) =>
    spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      cwd: dir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        DATABASE_URL: url,
        DB_POOL_SIZE: "10",
        POLICY_ATLAS_BENCH_PAGES: "1",
      },
      detached: true,
      stdio: "ignore",
    });
  const children = {
    before: start(other, config.BENCH_PORT - 1, beforeDb.url("policy_atlas")),
    after: start(
      path.resolve(process.env.AB_AFTER_WORKTREE ?? ROOT),
      config.BENCH_PORT,
      db.url("policy_atlas"),
    ),
  };
  const base = {
    before: `http://127.0.0.1:${config.BENCH_PORT - 1}`,
    after: `http://127.0.0.1:${config.BENCH_PORT}`,
  };
  const stop = async () => {
    for (const c of Object.values(children))
      if (c.pid && isAlive(-c.pid)) process.kill(-c.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
    await db.stop();
    if (beforeDb !== db) await beforeDb.stop();
  };
  try {
    for (const b of Object.values(base))
      await waitFor(
        async () => (await fetch(`${b}${RENDER_FLOOR}`).catch(() => null))?.ok ?? false,
        300_000,
        () => `${b} did not start`,
      );
  } catch (e) {
    await stop();
    throw e;
  }
  const postmaster = (dir: string) => postmasterPid(dir);
  const reader = (side: AbSide, dir: string) => {
    const r = cpuReader(children[side].pid!, postmaster(dir));
    if (!r) throw new Error("CPU readings need Linux's /proc");
    return r;
  };
  return {
    base,
    cpu: { before: reader("before", beforeDir ?? afterDir), after: reader("after", afterDir) },
    rssMb: (side) => rssMb(children[side].pid!),
    databaseUrl: db.url("policy_atlas"),
    stop,
  };
}

/** VmRSS of the processes in process group `group` (Linux), in MB. */
function rssMb(group: number): number {
  let kb = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== group) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kb / 1024);
}
