/*
 * The corpus seed at start-up (issue 11, "Speed at real scale"): the whole seed (five curated
 * companies and the 302 machine-read ones) into a fresh database, then a second start with the
 * same files, which must skip it. Each runs in a process of its own, as `npm start` would.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { recreateDatabase } from "./query-stats";

export const SEED_TARGETS = { freshSeconds: 30, unchangedSeconds: 2 } as const;

export type SeedRun = {
  skipped: boolean;
  /** Wall time of runSeed: validate, machine-read, write (migrations not included). */
  seconds: number;
  /** CPU time of the seeding process, worker threads included: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  migrateSeconds: number;
  planSeconds?: number;
  readSeconds?: number;
  writeSeconds?: number;
  /** CPU time of the seeding process in each phase (PostgreSQL's own CPU not included). */
  planCpuSeconds?: number;
  readCpuSeconds?: number;
  writeCpuSeconds?: number;
  companies: number;
  machineCompanies: number;
  clauses: number;
  /** 1-minute load average when the seed finished. */
  loadAverage: number;
};

export type CorpusSeedReading = { fresh: SeedRun; unchanged: SeedRun } | { error: string };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function seedOnce(url: string, log: (m: string) => void): Promise<SeedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/bench/corpus-seed-child.ts", url],
      { cwd: ROOT, env: { ...process.env, SEED_CORPUS: "on" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => {
      err += c;
      for (const line of String(c).split("\n").filter(Boolean)) log(`    ${line}`);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "") as SeedRun);
      } catch (e) {
        reject(
          new Error(`The seed failed (${(e as Error).message}): ${(err || out).slice(-1000)}`),
        );
      }
    });
  });
}

/** Drops and recreates `database`, seeds it from nothing, then seeds it again unchanged. */
export async function measureCorpusSeed(
  adminUrl: string,
  database: string,
  databaseUrl: string,
  log: (m: string) => void,
): Promise<CorpusSeedReading> {
  try {
    await recreateDatabase(adminUrl, database);
    const fresh = await seedOnce(databaseUrl, log);
    log(
      `  fresh database: ${fresh.companies} companies (${fresh.machineCompanies} machine-read), ${fresh.clauses.toLocaleString("en-US")} clauses in ${fresh.seconds.toFixed(1)} s (${fresh.cpuSeconds.toFixed(1)} s of CPU)`,
    );
    const unchanged = await seedOnce(databaseUrl, log);
    log(
      `  second start, files unchanged: ${unchanged.skipped ? "skipped" : "NOT skipped"} in ${unchanged.seconds.toFixed(2)} s`,
    );
    return { fresh, unchanged };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
