/*
 * `npm run bench`: times the seed of the real data set (5 curated + 302 machine-read companies)
 * into a fresh database, builds for production, serves the app on its own embedded PostgreSQL
 * (.data/bench-postgres), loads each route with autocannon, measures the miss path
 * (miss-path.ts), optionally (BENCH_COMPANIES) again with synthetic companies added, and writes
 * docs/benchmarks.md. Settings: bench-config.ts.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  ensureDatabase,
  startEmbeddedPostgres,
  takeOverShutdownSignals,
} from "../../lib/db/embedded-postgres";
import { migrate } from "../../lib/db/migrate";
import { gridPageCount } from "../../lib/params/grid-pages";
import { WARM_UP_PATHS } from "../../lib/server/warm-up";
import { runSeed } from "../../lib/seed/run-seed";
import { seedSynthetic, SYNTHETIC_DATABASE } from "../../lib/seed/synthetic/seed";
import { postmasterPid, startApp, type AppProcess } from "../app-process";
import { readBenchConfig } from "./bench-config";
import {
  ensureChromium,
  LIGHTHOUSE_RUNS,
  type LighthouseRun,
  medianRun,
  runLighthouse,
} from "./lighthouse";
import { benchHistory } from "./history-bench";
import { measure, type LoadResult } from "./load";
import { readStatementStats, recreateDatabase, resetStatementStats } from "./query-stats";
import { describeMachine } from "./machine";
import { measureCorpusSeed } from "./corpus-seed";
import { benchMissPath, countCompanies } from "./miss-path";
import { machineReadingVerdicts, measureMachineReading } from "./machine-reading";
import { firstLoadJs, pageWeight } from "./page-weight";
import { renderMarkdown, verdicts } from "./report";
import { verdictLine } from "./verdict";
import type { BenchResults, DatasetResult, QueryReading, RouteResult, RouteSpec } from "./results";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, ".data", "bench");
const DOC = path.join(ROOT, "docs", "benchmarks.md");
const QUERY_SAMPLES = 5;
/** Every request asks for compression as Chromium does, so the bench pays what serving a browser costs. */
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };
/** The front server never serves a request with a cookie from its response cache (lib/server/front-server.ts). */
const UNCACHED = { ...BROWSER, cookie: "policy-atlas-bench=uncached" };
const POOL_SIZES = [2, 5, 10, 20];

const config = (() => {
  try {
    return readBenchConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

const cleanups: Array<{ name: string; run: () => Promise<void> }> = [];
async function cleanUp() {
  while (cleanups.length) {
    const c = cleanups.pop()!;
    await c.run().catch((e: Error) => log(`Could not stop ${c.name}: ${e.message}`));
  }
}
let interrupted = false;
/*
 * Ctrl-C stops the app and PostgreSQL before exiting. embedded-postgres installs handlers of its
 * own that exit at once, so they are taken back (again after PostgreSQL starts).
 */
function handleSignals() {
  takeOverShutdownSignals();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${signal}: stopping the app and PostgreSQL …`);
      void cleanUp().then(() => process.exit(130));
    });
}
handleSignals();

const phases: BenchResults["phases"] = [];
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  log(`${name} …`);
  try {
    return await fn();
  } finally {
    phases.push({ name, seconds: (performance.now() - t) / 1000 });
  }
}

async function withApp<T>(
  label: string,
  databaseUrl: string,
  fn: (app: AppProcess) => Promise<T>,
  poolSize?: number,
): Promise<T> {
  const app = await startApp({
    port: config.BENCH_PORT,
    // POLICY_ATLAS_BENCH_PAGES: the render floor (app/bench/render-floor) answers only then.
    env: {
      DATABASE_URL: databaseUrl,
      DB_POOL_SIZE: String(poolSize ?? 10),
      POLICY_ATLAS_BENCH_PAGES: "1",
    },
    logFile: path.join(OUT, `app-${label}.log`),
  });
  const entry = { name: `the app (${label})`, run: app.stop };
  cleanups.push(entry);
  try {
    return await fn(app);
  } finally {
    cleanups.splice(cleanups.indexOf(entry), 1);
    await app.stop();
  }
}

/** Runs `next build`, returning the prerendered (○) routes from its route table. */
function build(databaseUrl: string): string[] {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const r = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  writeFileSync(path.join(OUT, "next-build.log"), output);
  if (r.status !== 0)
    throw new Error(
      `next build failed (exit ${r.status}); see .data/bench/next-build.log:\n${output.slice(-2000)}`,
    );
  return [...output.matchAll(/^[┌├└│\s]*○\s+(\/\S*)/gm)].map((m) => m[1]!);
}

/**
 * The fastest page the server can answer: About reads no data, and like every page it is
 * rendered once and then served from the front server's cache. (Every page renders per request
 * since app/layout.tsx awaits connection(), so none is prerendered to choose from.)
 */
const CEILING = "/about";

function routesFor(dataset: "real" | "scale", ceiling: string, companies: number): RouteSpec[] {
  const middle = Math.max(1, Math.ceil(companies / 2));
  const pages = gridPageCount(companies + 5);
  return [
    { key: "ceiling", label: "About page (ceiling)", path: ceiling, kind: "ceiling" },
    { key: "grid", label: "grid, default", path: "/", kind: "grid" },
    ...(dataset === "scale" && pages > 2
      ? [
          {
            key: "grid-page",
            label: "grid, a middle page",
            path: `/?page=${Math.ceil(pages / 2)}`,
            kind: "grid" as const,
          },
        ]
      : []),
    {
      key: "grid-filtered",
      label: "grid, filtered",
      path: "/?practices=cookies,retention&companies=mozy,ibackup",
      kind: "grid",
    },
    {
      key: "company",
      label: "company page",
      path:
        dataset === "real"
          ? "/companies/mozy"
          : `/companies/synthetic-${String(middle).padStart(4, "0")}`,
      kind: "page",
    },
    { key: "practice", label: "practice page", path: "/practices/cookies", kind: "page" },
    { key: "search", label: "search", path: "/search?q=arbitration", kind: "page" },
    { key: "api-matrix", label: "/api/matrix", path: "/api/matrix", kind: "api" },
  ];
}

/** What one render of the page costs PostgreSQL: measured past the response cache. */
async function countQueries(
  app: AppProcess,
  databaseUrl: string,
  routePath: string,
): Promise<QueryReading> {
  const get = () => fetch(app.url + routePath, { headers: UNCACHED }).then((r) => r.arrayBuffer());
  await get();
  await resetStatementStats(databaseUrl);
  for (let i = 0; i < QUERY_SAMPLES; i++) await get();
  // The front server's data-version watcher pings the same database every 2 s; it is no page's query.
  const stats = (await readStatementStats(databaseUrl)).filter(
    (x) => !/^\s*(SELECT \$1\s*$|LISTEN\b)/i.test(x.query),
  );
  const per = (n: number) => Math.round((n / QUERY_SAMPLES) * 10) / 10;
  return {
    perPage: per(stats.reduce((s, x) => s + x.calls, 0)),
    rowsPerPage: per(stats.reduce((s, x) => s + x.rows, 0)),
    dbMsPerPage: stats.reduce((s, x) => s + x.totalMs, 0) / QUERY_SAMPLES,
    statements: stats.map((x) => ({
      query: x.query,
      callsPerPage: per(x.calls),
      rowsPerPage: per(x.rows),
    })),
  };
}

async function benchDataset(
  d: Pick<DatasetResult, "name" | "title" | "companies">,
  app: AppProcess,
  databaseUrl: string,
  specs: RouteSpec[],
): Promise<DatasetResult> {
  const routes: RouteResult[] = [];
  for (const spec of specs) {
    const res = await fetch(app.url + spec.path, { redirect: "manual" });
    await res.arrayBuffer();
    if (res.status === 404) {
      routes.push({ ...spec, status: 404, skipped: "answers 404 (not on this branch)" });
      log(`  ${spec.path}: 404, skipped`);
      continue;
    }
    await fetch(app.url + spec.path).then((r) => r.arrayBuffer());
    const cache =
      (await fetch(app.url + spec.path).then(
        async (r) => (await r.arrayBuffer(), r.headers.get("x-cache")),
      )) ?? "none";
    routes.push({
      ...spec,
      status: res.status,
      cache,
      weight: await pageWeight(app.url + spec.path, BROWSER),
      queries: await countQueries(app, databaseUrl, spec.path),
    });
  }
  // Ceiling-first order: the ceiling's path, uncached, is the probe that says the app is idle again.
  const idleProbe = { url: app.url + specs[0]!.path, headers: UNCACHED };
  const run = (r: RouteResult, headers?: Record<string, string>) =>
    measure({
      idleProbe,
      url: app.url + r.path,
      connections: config.BENCH_CONNECTIONS,
      seconds: config.BENCH_SECONDS,
      warmupSeconds: config.BENCH_WARMUP_SECONDS,
      headers,
    });
  const show = (how: string, r: RouteResult, l: LoadResult) =>
    log(
      `  ${how} ${r.label.padEnd(22)} ${String(Math.round(l.requestsPerSecond)).padStart(6)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  non-2xx ${l.non2xx}${l.errors ? `  errors ${l.errors} (${l.firstError})` : ""}`,
    );
  for (const r of routes.filter((x) => !x.skipped))
    show("served  ", r, (r.load = await run(r, BROWSER)));
  if (config.BENCH_UNCACHED === "1")
    for (const r of routes.filter((x) => !x.skipped))
      show("uncached", r, (r.uncached = await run(r, UNCACHED)));
  const ceiling = routes.find((x) => x.kind === "ceiling");
  for (const r of routes) {
    if (r.load && ceiling?.load?.requestsPerSecond)
      r.ratio = r.load.requestsPerSecond / ceiling.load.requestsPerSecond;
    if (r.uncached && ceiling?.uncached?.requestsPerSecond)
      r.uncachedRatio = r.uncached.requestsPerSecond / ceiling.uncached.requestsPerSecond;
  }
  return { ...d, routes };
}

/** Runs scripts/bench/search-latency.ts as the server would (react-server conditions) and reads its JSON. */
function measureSearch(databaseUrl: string): NonNullable<BenchResults["searchServerSide"]> {
  const run = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/search-latency.ts", "20"],
    {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  try {
    return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "");
  } catch {
    return { error: (run.stderr || run.stdout || `exit ${run.status}`).slice(0, 500) };
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const machine = describeMachine();
  const results: BenchResults = {
    machine,
    settings: {
      connections: config.BENCH_CONNECTIONS,
      seconds: config.BENCH_SECONDS,
      warmupSeconds: config.BENCH_WARMUP_SECONDS,
      sustainedConnections: config.BENCH_SUSTAINED_CONNECTIONS,
      sustainedSeconds: config.BENCH_SUSTAINED_SECONDS,
      poolSeconds: config.BENCH_POOL_SECONDS,
    },
    buildSeconds: 0,
    staticRoutes: [],
    ceilingPath: "",
    datasets: [],
    lighthouse: [],
    poolSizes: [],
    phases,
    totalSeconds: 0,
  };
  log(`Commit ${machine.commit}; ${machine.cpus} CPUs, load average ${machine.loadAtStart}`);

  const pg = await phase("PostgreSQL and the real seed", async () => {
    const server = await startEmbeddedPostgres({
      dataDir: path.resolve(ROOT, config.BENCH_PG_DIR),
      port: config.BENCH_PG_PORT,
      log,
      settings: {
        shared_preload_libraries: "pg_stat_statements",
        "pg_stat_statements.track": "top",
      },
    });
    cleanups.push({ name: "PostgreSQL", run: server.stop });
    handleSignals();
    const realUrl = server.url("policy_atlas");
    if (config.BENCH_FRESH_SEED === "1") {
      // Timed from nothing, as a fresh clone's first start; then a start with unchanged files.
      results.corpusSeed = await measureCorpusSeed(
        server.url("postgres"),
        "policy_atlas",
        realUrl,
        log,
      );
      if ("error" in results.corpusSeed) throw new Error(results.corpusSeed.error);
    } else {
      await ensureDatabase(server.url("postgres"), "policy_atlas");
      await migrate(realUrl);
      await runSeed(realUrl, { onlyIfStale: true });
    }
    return { server, realUrl, scaleUrl: server.url(SYNTHETIC_DATABASE) };
  });

  await phase("next build", async () => {
    const t = performance.now();
    results.staticRoutes = build(pg.realUrl);
    results.buildSeconds = (performance.now() - t) / 1000;
    results.ceilingPath = CEILING;
    log(
      `  prerendered: ${results.staticRoutes.join(", ") || "none"}; ceiling ${results.ceilingPath}`,
    );
  });

  const lighthouseFor = async (
    app: AppProcess,
    dataset: string,
    pages: Array<[string, string]>,
  ) => {
    if (config.BENCH_LIGHTHOUSE === "0") return;
    results.lighthouseError ??= ensureChromium() ?? undefined;
    if (results.lighthouseError) return;
    for (const [label, p] of pages) {
      const file = path.join(OUT, `lighthouse-${dataset}-${label.replace(/\W+/g, "-")}.json`);
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        // Chromium's trace is occasionally lost (NO_NAVSTART); one retry tells that from a real failure.
        let run = await runLighthouse(app.url + p, file);
        if (run.error) run = await runLighthouse(app.url + p, file);
        runs.push(run);
      }
      const run = medianRun(runs);
      results.lighthouse.push({ ...run, label: `${label} (${dataset})` });
      log(
        `  Lighthouse ${label}: ${run.scores ? `${JSON.stringify(run.scores)} (performance in ${LIGHTHOUSE_RUNS} runs: ${run.performanceRuns!.join(", ")})` : run.error}`,
      );
    }
  };

  /** 50 connections going round every route of a data set, as served. */
  const sustain = async (app: AppProcess, d: DatasetResult) => {
    const paths = d.routes.filter((x) => x.load && x.kind !== "ceiling").map((x) => x.path);
    log(
      `  sustained: ${config.BENCH_SUSTAINED_CONNECTIONS} connections × ${config.BENCH_SUSTAINED_SECONDS} s over ${paths.length} routes`,
    );
    const load = await measure({
      url: app.url,
      connections: config.BENCH_SUSTAINED_CONNECTIONS,
      seconds: config.BENCH_SUSTAINED_SECONDS,
      warmupSeconds: 0,
      requests: paths.map((p) => ({ method: "GET", path: p, headers: BROWSER })),
    });
    results.sustained = {
      ...load,
      paths,
      connections: config.BENCH_SUSTAINED_CONNECTIONS,
      seconds: config.BENCH_SUSTAINED_SECONDS,
    };
    log(
      `  sustained: ${load.total} requests, ${load.errors} errors, ${load.non2xx} non-2xx, p99 ${load.p99} ms`,
    );
  };
  const withSynthetic = config.BENCH_COMPANIES > 0;
  // The larger data set: the real one unless synthetic companies are added (BENCH_COMPANIES).
  const largestUrl = withSynthetic ? pg.scaleUrl : pg.realUrl;

  const realCompanies = await countCompanies(pg.realUrl);
  await phase(`${realCompanies} real companies`, () =>
    withApp("real", pg.realUrl, async (app) => {
      const specs = routesFor("real", results.ceilingPath, realCompanies);
      const d = await benchDataset(
        {
          name: "real",
          title: `${realCompanies} real companies (curated and machine-read)`,
          companies: realCompanies,
        },
        app,
        pg.realUrl,
        specs,
      );
      results.datasets.push(d);
      results.firstLoadJs = { path: "/", ...(await firstLoadJs(`${app.url}/`)) };
      await lighthouseFor(app, "real", [
        ["grid", "/"],
        ["company page", "/companies/mozy"],
      ]);
      if (!withSynthetic) await sustain(app, d);
      results.missPath = await benchMissPath({
        app,
        databaseUrl: pg.realUrl,
        connections: config.BENCH_CONNECTIONS,
        seconds: config.BENCH_SECONDS,
        warmupSeconds: config.BENCH_WARMUP_SECONDS,
        postmasterPid: postmasterPid(config.BENCH_PG_DIR),
        // The routes above went through the cache (and the warm-up before them): a mix URL among
        // them would be answered from it, not rendered.
        cachedPaths: [...specs.map((s) => s.path), ...WARM_UP_PATHS],
        log,
      });
    }),
  );

  // Optional: a second, larger data set with synthetic companies added.
  if (withSynthetic) {
    await phase(`synthetic seed (${config.BENCH_COMPANIES} companies)`, async () => {
      await recreateDatabase(pg.server.url("postgres"), SYNTHETIC_DATABASE);
      const s = await seedSynthetic(pg.scaleUrl, { companies: config.BENCH_COMPANIES });
      results.seed = {
        companies: s.companies,
        clauses: s.clauses,
        findings: s.findings,
        evidence: s.evidence,
        seconds: s.totalMs / 1000,
        prepareSeconds: s.prepareMs / 1000,
        planSeconds: s.planMs / 1000,
        writeSeconds: s.writeMs / 1000,
      };
      log(`  ${s.companies} companies, ${s.clauses} clauses in ${(s.totalMs / 1000).toFixed(1)} s`);
    });

    const scaleCompanies = config.BENCH_COMPANIES + realCompanies;
    const scaleSpecs = routesFor("scale", results.ceilingPath, config.BENCH_COMPANIES);
    await phase(`${scaleCompanies} companies`, () =>
      withApp("scale", pg.scaleUrl, async (app) => {
        const title = `${realCompanies} real and ${config.BENCH_COMPANIES.toLocaleString("en-US")} synthetic companies`;
        const d = await benchDataset(
          { name: "scale", title, companies: scaleCompanies },
          app,
          pg.scaleUrl,
          scaleSpecs,
        );
        results.datasets.push(d);
        const company = scaleSpecs.find((x) => x.key === "company")!.path;
        await lighthouseFor(app, "scale", [
          ["grid", "/"],
          ["company page", company],
        ]);
        await sustain(app, d);
      }),
    );
  }

  await phase("search, server-side", async () => {
    results.searchServerSide = measureSearch(largestUrl);
    const x = results.searchServerSide;
    log(
      "error" in x
        ? `  search timing failed: ${x.error}`
        : `  ${x.searches} searches: p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms`,
    );
  });

  await phase("machine reading", async () => {
    results.machineReading = measureMachineReading();
    for (const v of machineReadingVerdicts(results.machineReading))
      log(`  ${v.target}: ${v.figure}`);
  });

  await phase("policy history", async () => {
    results.history = await benchHistory({
      databaseUrl: pg.realUrl,
      pgDataDir: path.resolve(ROOT, config.BENCH_PG_DIR),
      outDir: OUT,
      log,
    });
  });

  // Opt-in (BENCH_POOL_SWEEP=1): four app restarts for advice that changes only with the machine.
  if (config.BENCH_POOL_SWEEP === "1")
    await phase("pool sizes", async () => {
      for (const size of POOL_SIZES)
        await withApp(
          `pool-${size}`,
          largestUrl,
          async (app) => {
            // Past the response cache: a cached page never touches the pool.
            const load = await measure({
              url: `${app.url}/`,
              connections: config.BENCH_CONNECTIONS,
              seconds: config.BENCH_POOL_SECONDS,
              warmupSeconds: 2,
              headers: UNCACHED,
            });
            results.poolSizes.push({ size, path: "/", load });
            log(
              `  DB_POOL_SIZE=${size}: ${Math.round(load.requestsPerSecond)} req/s, p99 ${load.p99} ms`,
            );
          },
          size,
        );
    });

  await cleanUp();
  results.totalSeconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(OUT, "results.json"), JSON.stringify(results, null, 2));
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, renderMarkdown(results));
  const v = verdicts(results);
  console.log("");
  for (const x of v) console.log(verdictLine(x));
  console.log(
    `\nWrote docs/benchmarks.md and .data/bench/results.json in ${(results.totalSeconds / 60).toFixed(1)} min.`,
  );
}

main().then(
  () => process.exit(0),
  async (e: Error) => {
    console.error(`[bench] ${e.stack ?? e.message}`);
    await cleanUp();
    process.exit(1);
  },
);
