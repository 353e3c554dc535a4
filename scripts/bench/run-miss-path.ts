/*
 * `npm run bench:miss`: the corpus seed and miss-path parts of the bench on their own, for a
 * quick look while working on render speed (the whole bench, `npm run bench`, takes minutes).
 * Uses the bench's PostgreSQL and settings (bench-config.ts) and an existing production build
 * (`next build` first); prints the verdicts and writes .data/bench/miss-path.{json,md}.
 * BENCH_FRESH_SEED=0 keeps the database instead of timing a seed into a fresh one.
 * BENCH_PROFILE_DIR=dir writes a V8 CPU profile of Next there when the app stops.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  ensureDatabase,
  startEmbeddedPostgres,
  takeOverShutdownSignals,
} from "../../lib/db/embedded-postgres";
import { migrate } from "../../lib/db/migrate";
import { runSeed } from "../../lib/seed/run-seed";
import { postmasterPid, startApp } from "../app-process";
import { readBenchConfig } from "./bench-config";
import { measureCorpusSeed } from "./corpus-seed";
import { benchMissPath } from "./miss-path";
import { writeScaleReport } from "./miss-path-report";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, ".data", "bench");
const config = readBenchConfig();
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

takeOverShutdownSignals();
mkdirSync(OUT, { recursive: true });
const server = await startEmbeddedPostgres({
  dataDir: path.resolve(ROOT, config.BENCH_PG_DIR),
  port: config.BENCH_PG_PORT,
  log,
  settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "top" },
});
const stops: Array<() => Promise<void>> = [server.stop];
const stopAll = async () => {
  while (stops.length) await stops.pop()!().catch(() => undefined);
};
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void stopAll().then(() => process.exit(130)));
takeOverShutdownSignals();

try {
  const url = server.url("policy_atlas");
  const corpusSeed =
    config.BENCH_FRESH_SEED === "1"
      ? await measureCorpusSeed(server.url("postgres"), "policy_atlas", url, log)
      : undefined;
  if (corpusSeed && "error" in corpusSeed) throw new Error(corpusSeed.error);
  if (!corpusSeed) {
    await ensureDatabase(server.url("postgres"), "policy_atlas");
    await migrate(url);
    await runSeed(url, { onlyIfStale: true, corpus: true });
  }
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const app = await startApp({
    port: config.BENCH_PORT,
    env: {
      DATABASE_URL: url,
      DB_POOL_SIZE: "10",
      POLICY_ATLAS_BENCH_PAGES: "1",
      ...(profileDir ? { POLICY_ATLAS_CPU_PROFILE: path.resolve(profileDir) } : {}),
    },
    logFile: path.join(OUT, "app-miss-path.log"),
  });
  stops.push(app.stop);
  const missPath = await benchMissPath({
    app,
    databaseUrl: url,
    connections: config.BENCH_CONNECTIONS,
    seconds: config.BENCH_SECONDS,
    warmupSeconds: config.BENCH_WARMUP_SECONDS,
    postmasterPid: postmasterPid(config.BENCH_PG_DIR),
    log,
  });
  const readings = { corpusSeed, missPath };
  writeScaleReport(OUT, "miss-path", readings);
} finally {
  await stopAll();
}
process.exit(0);
