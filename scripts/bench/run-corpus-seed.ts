/*
 * `npm run bench:seed`: the bench's corpus seed part on its own (a fresh database, then a second
 * start with the same files), on the bench's PostgreSQL and settings (bench-config.ts), with no
 * build and no app. Prints the verdicts and writes .data/bench/corpus-seed.{json,md}.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, takeOverShutdownSignals } from "../../lib/db/embedded-postgres";
import { readBenchConfig } from "./bench-config";
import { measureCorpusSeed } from "./corpus-seed";
import { writeScaleReport } from "./miss-path-report";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, ".data", "bench");
const config = readBenchConfig();
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

mkdirSync(OUT, { recursive: true });
const server = await startEmbeddedPostgres({
  dataDir: path.resolve(ROOT, config.BENCH_PG_DIR),
  port: config.BENCH_PG_PORT,
  log,
});
takeOverShutdownSignals();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void server.stop().then(() => process.exit(130)));

let failed = false;
try {
  const corpusSeed = await measureCorpusSeed(
    server.url("postgres"),
    "policy_atlas",
    server.url("policy_atlas"),
    log,
  );
  const readings = { corpusSeed };
  writeScaleReport(OUT, "corpus-seed", readings);
  failed = "error" in corpusSeed;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
