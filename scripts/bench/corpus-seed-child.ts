/*
 * One seed, as `npm start` runs it, in a process of its own (cold caches, as at a real start):
 * `node --import tsx scripts/bench/corpus-seed-child.ts DATABASE_URL`. Migrates, then times
 * runSeed with the corpus, and prints its reading as JSON on the last line (corpus-seed.ts).
 */
import os from "node:os";
import pg from "pg";
import { migrate } from "../../lib/db/migrate";
import { runSeed } from "../../lib/seed/run-seed";
import type { SeedRun } from "./corpus-seed";

const url = process.argv[2];
if (!url) {
  console.error("Usage: corpus-seed-child.ts DATABASE_URL");
  process.exit(2);
}
let t = performance.now();
await migrate(url);
const migrateSeconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage();
t = performance.now();
const outcome = await runSeed(url, { onlyIfStale: true, corpus: true, log: console.error });
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);

const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows } = await client.query<{ companies: number; machine: number; clauses: number }>(
  `SELECT (SELECT count(*)::int FROM company WHERE NOT synthetic) AS companies,
          (SELECT count(*)::int FROM company WHERE provenance = 'machine' AND NOT synthetic) AS machine,
          (SELECT count(*)::int FROM clause) AS clauses`,
);
await client.end();

const run: SeedRun = {
  skipped: outcome.skipped,
  seconds,
  cpuSeconds: (used.user + used.system) / 1e6,
  migrateSeconds,
  ...(outcome.skipped
    ? {}
    : {
        planSeconds: outcome.timings.planMs / 1000,
        readSeconds: outcome.timings.readMs / 1000,
        writeSeconds: outcome.timings.writeMs / 1000,
        planCpuSeconds: outcome.timings.planCpuMs / 1000,
        readCpuSeconds: outcome.timings.readCpuMs / 1000,
        writeCpuSeconds: outcome.timings.writeCpuMs / 1000,
      }),
  companies: rows[0]!.companies,
  machineCompanies: rows[0]!.machine,
  clauses: rows[0]!.clauses,
  loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
};
console.log(JSON.stringify(run));
process.exit(0);
