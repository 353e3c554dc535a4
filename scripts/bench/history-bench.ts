/*
 * The policy history in `npm run bench` (docs/history.md; issue #12, sections 1 and 5): the whole
 * history loaded from nothing into the bench database (wall clock and CPU, the loader's and
 * PostgreSQL's), a second start that must skip it, and the comparison and timeline timings of
 * scripts/bench/history-latency.ts. run-bench.ts calls benchHistory once; report.ts adds
 * historyVerdicts and historySection to docs/benchmarks.md.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withClient } from "./query-stats";
import { HISTORY_FINGERPRINT_KEY, HISTORY_STATUS_KEY } from "../../lib/history/history-status";
import type { Verdict } from "./report";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The issue's targets: a first load within 90 s, a skip within 2 s, a comparison within 50 ms p95. */
export const HISTORY_TARGETS = { loadSeconds: 90, skipSeconds: 2, diffP95Ms: 50 } as const;

type Failed = { error: string };

export type HistoryLoadReading = {
  companies: number;
  versions: number;
  clauseTexts: number;
  workers: number;
  wallSeconds: number;
  /** CPU of the loading processes (the loader and its workers), from the kernel's accounting. */
  loaderCpuSeconds: number;
  /** CPU of PostgreSQL's processes over the same time (inserts, indexes, WAL). */
  postgresCpuSeconds: number | null;
  loadAverageBefore: number;
  loadAverageAfter: number;
};

export type HistorySkipReading = {
  /** The second start: `scripts/load-history.ts --if-stale` from process start to exit. */
  processSeconds: number;
  /** Within it, the decision: digests of every history file and of the code, one query. */
  checkMs: number | null;
};

export type HistoryLatencyReading = {
  diff: {
    comparisons: number;
    distinctPairs: number;
    services: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
    /** Where a comparison's time goes, in total over all comparisons (ms). */
    parts: { queriesMs: number; matchingMs: number; wordDiffMs: number };
    worst: { ms: number; slug: string; distance: number; changed: number };
  };
  timeline: {
    slug: string;
    versions: number;
    ms: number;
    statements: number | null;
    oneVersionSlug: string | null;
    statementsForOneVersion: number | null;
  };
};

export type HistoryBench = {
  load: HistoryLoadReading | Failed;
  skip: HistorySkipReading | Failed;
  latency: HistoryLatencyReading | Failed;
};

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const errorOf = (e: unknown): Failed => ({ error: (e as Error).message.slice(0, 500) });

/** Clock ticks per second of /proc's CPU figures (100 on every common Linux). */
function clockTicks(): number {
  const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(r.stdout?.trim());
  return Number.isInteger(n) && n > 0 ? n : 100;
}

/** utime, stime, cutime, cstime of a process (fields 14–17 of /proc/{pid}/stat), in ticks. */
function procTimes(pid: number | "self"): { own: number; children: number; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      ppid: Number(f[1]),
      own: Number(f[11]) + Number(f[12]),
      children: Number(f[13]) + Number(f[14]),
    };
  } catch {
    return null;
  }
}

/*
 * PostgreSQL's CPU so far, in ticks: the postmaster's own and its reaped children's (backends
 * that ended), plus each live child's (checkpointer, WAL writer, open connections).
 */
function postgresTicks(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
  const master = procTimes(pid);
  if (!master) return null;
  let ticks = master.own + master.children;
  for (const entry of readdirSync("/proc"))
    if (/^\d+$/.test(entry)) {
      const t = procTimes(Number(entry));
      if (t?.ppid === pid) ticks += t.own;
    }
  return ticks;
}

/** Ticks of CPU used by this process's children that have ended (and theirs, recursively). */
const reapedChildrenTicks = () => procTimes("self")?.children ?? 0;

/** Empties the history tables, so the next load is a first load. */
async function clearHistory(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(`TRUNCATE "policy_version", "history_clause" RESTART IDENTITY`);
    await c.query(`UPDATE "company" SET "history_hash" = NULL`);
    await c.query(`DELETE FROM "app_meta" WHERE "key" = ANY($1::text[])`, [
      [HISTORY_FINGERPRINT_KEY, HISTORY_STATUS_KEY],
    ]);
    await c.query(`VACUUM ANALYZE "policy_version", "history_clause"`);
  });
}

/** Runs `scripts/load-history.ts` as `npm start` does; resolves with its wall time and output. */
function runLoader(
  databaseUrl: string,
  args: string[],
  logFile: string | null,
): Promise<{ seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "load-history.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (logFile) writeFileSync(logFile, output);
      if (code === 0) resolve({ seconds, output });
      else reject(new Error(`load-history exited with ${code}: ${output.trim().slice(-400)}`));
    });
  });
}

async function measureLoad(
  databaseUrl: string,
  pgDataDir: string,
  outDir: string,
): Promise<HistoryLoadReading> {
  await clearHistory(databaseUrl);
  const ticks = clockTicks();
  const loadAverageBefore = round(os.loadavg()[0]!, 2);
  const pgBefore = postgresTicks(pgDataDir);
  const childrenBefore = reapedChildrenTicks();
  const run = await runLoader(databaseUrl, [], path.join(outDir, "history-load.log"));
  const loaderCpuSeconds = (reapedChildrenTicks() - childrenBefore) / ticks;
  const pgAfter = postgresTicks(pgDataDir);
  const loadAverageAfter = round(os.loadavg()[0]!, 2);
  return withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<{ companies: number; versions: number; texts: number }>(
      `SELECT (SELECT count(DISTINCT "company_id") FROM "policy_version")::int AS companies,
              (SELECT count(*) FROM "policy_version")::int AS versions,
              (SELECT count(*) FROM "history_clause")::int AS texts`,
    );
    const workers = Number(/in (\d+) processes/.exec(run.output)?.[1] ?? 1);
    return {
      companies: rows[0]!.companies,
      versions: rows[0]!.versions,
      clauseTexts: rows[0]!.texts,
      workers,
      wallSeconds: round(run.seconds),
      loaderCpuSeconds: round(loaderCpuSeconds),
      postgresCpuSeconds:
        pgBefore !== null && pgAfter !== null ? round((pgAfter - pgBefore) / ticks) : null,
      loadAverageBefore,
      loadAverageAfter,
    };
  });
}

async function measureSkip(databaseUrl: string): Promise<HistorySkipReading> {
  const run = await runLoader(databaseUrl, ["--if-stale"], null);
  if (!/History: current/.test(run.output))
    throw new Error(`the second start did not skip the load: ${run.output.trim().slice(-300)}`);
  const checked = /checked in (\d+) ms/.exec(run.output);
  return {
    processSeconds: round(run.seconds, 2),
    checkMs: checked ? Number(checked[1]) : null,
  };
}

/** Runs scripts/bench/history-latency.ts as the server would (react-server conditions). */
function measureLatency(databaseUrl: string): HistoryLatencyReading {
  const run = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/history-latency.ts", "5"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  try {
    return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as HistoryLatencyReading;
  } catch {
    throw new Error((run.stderr || run.stdout || `exit ${run.status}`).slice(-500));
  }
}

/**
 * Loads the whole history into `databaseUrl` from nothing, starts again to see it skipped, and
 * times comparisons and timelines on the result. Each part reports its own failure.
 */
export async function benchHistory(opts: {
  databaseUrl: string;
  pgDataDir: string;
  outDir: string;
  log: (m: string) => void;
}): Promise<HistoryBench> {
  const { databaseUrl, log } = opts;
  const load = await measureLoad(databaseUrl, opts.pgDataDir, opts.outDir).catch(errorOf);
  log(
    "error" in load
      ? `  history load failed: ${load.error}`
      : `  whole history: ${load.versions} versions of ${load.companies} companies in ${load.wallSeconds} s (CPU: loader ${load.loaderCpuSeconds} s, PostgreSQL ${load.postgresCpuSeconds ?? "?"} s; load average ${load.loadAverageBefore} → ${load.loadAverageAfter})`,
  );
  const skip = await measureSkip(databaseUrl).catch(errorOf);
  log(
    "error" in skip
      ? `  second start: ${skip.error}`
      : `  second start skipped the load in ${skip.processSeconds} s (decision ${skip.checkMs} ms)`,
  );
  let latency: HistoryLatencyReading | Failed;
  try {
    latency = measureLatency(databaseUrl);
    const d = latency.diff;
    log(
      `  comparisons: ${d.comparisons} of ${d.distinctPairs} pairs, p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms; timeline of ${latency.timeline.slug}: ${latency.timeline.statements} statements (one version: ${latency.timeline.statementsForOneVersion})`,
    );
  } catch (e) {
    latency = errorOf(e);
    log(`  comparison timing failed: ${latency.error}`);
  }
  return { load, skip, latency };
}

/** The history's rows in the report's target table. */
export function historyVerdicts(h: HistoryBench | undefined): Verdict[] {
  if (!h) return [];
  const t = HISTORY_TARGETS;
  const out: Verdict[] = [];
  out.push(
    "error" in h.load
      ? {
          target: `whole policy history, first load ≤ ${t.loadSeconds} s`,
          figure: "could not run",
          pass: null,
        }
      : {
          target: `whole policy history (${h.load.versions.toLocaleString("en-US")} versions), first load ≤ ${t.loadSeconds} s`,
          figure: `${h.load.wallSeconds.toFixed(0)} s (load average ${h.load.loadAverageBefore})`,
          pass: h.load.wallSeconds <= t.loadSeconds,
        },
  );
  out.push(
    "error" in h.skip
      ? {
          target: `second start skips the history ≤ ${t.skipSeconds} s`,
          figure: h.skip.error.slice(0, 80),
          pass: false,
        }
      : {
          target: `second start skips the history ≤ ${t.skipSeconds} s`,
          figure: `${h.skip.processSeconds.toFixed(2)} s`,
          pass: h.skip.processSeconds <= t.skipSeconds,
        },
  );
  if ("error" in h.latency) {
    out.push({
      target: `comparison of two versions p95 ≤ ${t.diffP95Ms} ms server-side`,
      figure: "could not run",
      pass: null,
    });
    return out;
  }
  const { diff, timeline } = h.latency;
  out.push({
    target: `comparison of two versions p95 ≤ ${t.diffP95Ms} ms server-side, any distance`,
    figure: `${diff.p95.toFixed(1)} ms`,
    pass: diff.p95 <= t.diffP95Ms,
  });
  const counted = timeline.statements !== null && timeline.statementsForOneVersion !== null;
  out.push({
    target: `timeline of the longest history (${timeline.slug}, ${timeline.versions.toLocaleString("en-US")} versions): as many queries as a one-version one`,
    figure: counted
      ? `${timeline.statements} and ${timeline.statementsForOneVersion}`
      : "not counted (no pg_stat_statements)",
    pass: counted ? timeline.statements === timeline.statementsForOneVersion : null,
  });
  return out;
}

/** The history's section of docs/benchmarks.md. */
export function historySection(h: HistoryBench | undefined): string[] {
  if (!h) return [];
  const lines = ["## Policy history", ""];
  if ("error" in h.load) lines.push(`First load: could not run: \`${h.load.error}\``, "");
  else {
    const l = h.load;
    const cpu = l.loaderCpuSeconds + (l.postgresCpuSeconds ?? 0);
    lines.push(
      `The whole history loaded from nothing into the real data set's database, as a first \`npm start\` loads it (\`scripts/load-history.ts\`, ${l.workers} worker process${l.workers === 1 ? "" : "es"}), then a second start with nothing changed.`,
      "",
      "| versions | companies | distinct clause texts | wall clock | CPU, loader | CPU, PostgreSQL | load average before → after |",
      "|--:|--:|--:|--:|--:|--:|--:|",
      `| ${l.versions.toLocaleString("en-US")} | ${l.companies} | ${l.clauseTexts.toLocaleString("en-US")} | ${l.wallSeconds.toFixed(1)} s | ${l.loaderCpuSeconds.toFixed(1)} s | ${l.postgresCpuSeconds === null ? "–" : `${l.postgresCpuSeconds.toFixed(1)} s`} | ${l.loadAverageBefore} → ${l.loadAverageAfter} |`,
      "",
      `${cpu.toFixed(0)} s of CPU in all on ${os.availableParallelism()} CPUs: on an otherwise idle machine the load cannot take less than ${(cpu / os.availableParallelism()).toFixed(0)} s of wall clock; more than that is other work on the machine, or the workers' shares of the history ending at different times.`,
      "",
    );
  }
  lines.push(
    "error" in h.skip
      ? `Second start: \`${h.skip.error}\``
      : `Second start with unchanged files: skipped in **${h.skip.processSeconds.toFixed(2)} s** from process start to exit (the decision itself: ${h.skip.checkMs ?? "?"} ms).`,
    "",
  );
  if ("error" in h.latency) lines.push(`Comparisons: could not run: \`${h.latency.error}\``, "");
  else {
    const { diff, timeline } = h.latency;
    const total = diff.parts.queriesMs + diff.parts.matchingMs + diff.parts.wordDiffMs;
    const share = (x: number) => `${Math.round((100 * x) / (total || 1))} %`;
    lines.push(
      `Comparisons of two versions, server-side (\`scripts/bench/history-latency.ts\`: the comparison's queries, the clause matching and the word-level differences the page shows, no HTTP or rendering), over ${diff.distinctPairs} pairs of the ${diff.services} longest histories at every distance (neighbours, 10 and 100 apart, first against last), ${diff.comparisons} comparisons after a warm-up pass:`,
      "",
      "| comparisons | p50 | p95 | p99 | max | queries | matching | word diff |",
      "|--:|--:|--:|--:|--:|--:|--:|--:|",
      `| ${diff.comparisons} | ${diff.p50.toFixed(1)} ms | ${diff.p95.toFixed(1)} ms | ${diff.p99.toFixed(1)} ms | ${diff.max.toFixed(1)} ms | ${share(diff.parts.queriesMs)} | ${share(diff.parts.matchingMs)} | ${share(diff.parts.wordDiffMs)} |`,
      "",
      `The slowest: ${diff.worst.slug}, ${diff.worst.distance} versions apart (${diff.worst.changed} clauses differ), ${diff.worst.ms.toFixed(1)} ms.`,
      `The timeline of ${timeline.slug} (${timeline.versions.toLocaleString("en-US")} versions) took ${timeline.ms.toFixed(0)} ms and ${timeline.statements ?? "?"} statements; that of ${timeline.oneVersionSlug ?? "a one-version history"}, ${timeline.statementsForOneVersion ?? "?"}.`,
      "",
    );
  }
  return lines;
}
