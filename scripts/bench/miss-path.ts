/*
 * The miss path (issue 11, "Speed at real scale"): what pages cost when the response cache
 * cannot answer, which with 307 companies is most first visits (any comparison, any search).
 *  - the render floor: /bench/render-floor, a dynamic page that reads nothing (app/bench/), the
 *    ceiling for any render, through the same front server and past its cache;
 *  - uncached throughput of grids, company pages and searches over many distinct URLs, each
 *    against that floor in the same run;
 *  - the miss-heavy mix: 200 distinct comparisons and 200 distinct searches, each requested
 *    once, so the cache answers none of them;
 *  - one render of each kind of page taken apart: time, queries, rows, PostgreSQL time, bytes.
 */
import pg from "pg";
import type { AppProcess } from "../app-process";
import { cpuBetween, cpuReader, type CpuSnapshot } from "./cpu-usage";
import { waitUntilIdle } from "./load";
import { missMixUrls, shuffled } from "./miss-mix";
import { readStatementStats, resetStatementStats } from "./query-stats";
import { loadUrls, percentile, type UrlLoad } from "./url-load";

export const RENDER_FLOOR = "/bench/render-floor";
/** The mix's seed: the same URLs in every run, so runs (and branches) compare. */
export const MIX_SEED = 11;
export const MIX_SIZE = { grids: 200, searches: 200 } as const;
export const MISS_TARGETS = { shareOfFloor: 0.5, mixP99Ms: 200 } as const;

const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };
/** The front server never answers a request with a cookie from its cache (lib/server/cache-policy.ts). */
export const UNCACHED = { ...BROWSER, cookie: "policy-atlas-bench=uncached" };
const RENDER_SAMPLES = 10;

export type MissRoute = {
  key: "grid" | "company" | "search";
  label: string;
  /** Distinct URLs the load went round. */
  urls: number;
  example: string;
  load: UrlLoad;
  /** Requests per second as a share of the render floor's in the same run. */
  ratio: number;
};

/** One page rendered on its own, sequentially and uncached. */
export type RenderReading = {
  label: string;
  path: string;
  /**
   * The first request for the page in this app's life: what the first visitor after a start or
   * a seed waits, before any data kept per data version (lib/queries/per-data-version.ts).
   */
  firstMs: number;
  /** Median time to the last byte over RENDER_SAMPLES requests after it. */
  ms: number;
  queries: number;
  rows: number;
  dbMs: number;
  /** The HTML as rendered, uncompressed, and the part of it that is React's payload for hydration. */
  htmlBytes: number;
  payloadBytes: number;
  /** CPU per render, app and PostgreSQL (Linux only): steadier than time on a busy machine. */
  cpuMs?: number;
};

export type MissPathResult =
  | {
      floor: { path: string; before: UrlLoad; after: UrlLoad; requestsPerSecond: number };
      routes: MissRoute[];
      mix: UrlLoad & { grids: number; searches: number; seed: number };
      renders: RenderReading[];
      connections: number;
      seconds: number;
      warmupSeconds: number;
    }
  | { error: string };

export type MissPathOptions = {
  app: AppProcess;
  databaseUrl: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The bench's PostgreSQL server, to count its CPU with the app's. */
  postmasterPid?: number | null;
  /** Paths the bench asked for through the cache before this phase: kept out of the mix. */
  cachedPaths?: readonly string[];
  log: (m: string) => void;
};

/** The real (non-synthetic) companies in the database. */
export async function countCompanies(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM company WHERE NOT synthetic",
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function readCorpusShape(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const companies = await client.query<{ slug: string }>(
      "SELECT slug FROM company WHERE NOT synthetic ORDER BY slug",
    );
    const practices = await client.query<{ slug: string }>(
      "SELECT slug FROM practice ORDER BY position",
    );
    const largest = await client.query<{ slug: string; clauses: number }>(
      `SELECT co.slug, count(*)::int AS clauses FROM company co
         JOIN policy p ON p.company_id = co.id JOIN clause c ON c.policy_id = p.id
        WHERE co.provenance = 'machine' AND NOT co.synthetic
        GROUP BY co.slug ORDER BY clauses DESC, co.slug LIMIT 1`,
    );
    return {
      companies: companies.rows.map((r) => r.slug),
      practices: practices.rows.map((r) => r.slug),
      largest: largest.rows[0],
    };
  } finally {
    await client.end();
  }
}

/** React's flight payload inlined in the HTML for hydration (`self.__next_f.push(...)` scripts). */
export function inlinePayloadBytes(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g))
    bytes += Buffer.byteLength(m[1]!);
  return bytes;
}

async function readRender(
  app: AppProcess,
  databaseUrl: string,
  cpu: (() => CpuSnapshot) | null,
  label: string,
  path: string,
): Promise<RenderReading> {
  // Plain (no accept-encoding): the body as Next rendered it.
  const get = async () => {
    const t = performance.now();
    const res = await fetch(app.url + path, { headers: { cookie: UNCACHED.cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return { ms: performance.now() - t, body };
  };
  const first = await get();
  const body = first.body;
  await resetStatementStats(databaseUrl);
  const times: number[] = [];
  const cpuBefore = cpu?.();
  for (let i = 0; i < RENDER_SAMPLES; i++) times.push((await get()).ms);
  const cpuAfter = cpu?.();
  // The front server's data-version watcher pings the same database every 2 s; it is no page's query.
  const stats = (await readStatementStats(databaseUrl)).filter(
    (x) => !/^\s*(SELECT \$1\s*$|LISTEN\b)/i.test(x.query),
  );
  const per = (n: number) => Math.round((n / RENDER_SAMPLES) * 10) / 10;
  return {
    label,
    path,
    firstMs: Math.round(first.ms * 10) / 10,
    ms: percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    queries: per(stats.reduce((s, x) => s + x.calls, 0)),
    rows: per(stats.reduce((s, x) => s + x.rows, 0)),
    dbMs: stats.reduce((s, x) => s + x.totalMs, 0) / RENDER_SAMPLES,
    htmlBytes: Buffer.byteLength(body),
    payloadBytes: inlinePayloadBytes(body),
    ...(cpuBefore && cpuAfter
      ? (() => {
          const used = cpuBetween(cpuBefore, cpuAfter);
          return { cpuMs: (used.appMs + used.dbMs) / RENDER_SAMPLES };
        })()
      : {}),
  };
}

export async function benchMissPath(opts: MissPathOptions): Promise<MissPathResult> {
  const { app, log } = opts;
  const cpu = app.child.pid ? cpuReader(app.child.pid, opts.postmasterPid ?? null) : null;
  try {
    const probe = await fetch(app.url + RENDER_FLOOR, { headers: UNCACHED });
    await probe.arrayBuffer();
    if (probe.status !== 200)
      throw new Error(
        `${RENDER_FLOOR} answered ${probe.status}: start the app with POLICY_ATLAS_BENCH_PAGES=1`,
      );
    const shape = await readCorpusShape(opts.databaseUrl);
    const mix = missMixUrls({
      ...shape,
      ...MIX_SIZE,
      seed: MIX_SEED,
      exclude: new Set(opts.cachedPaths ?? []),
    });
    const companyPages = shuffled(
      shape.companies.map((s) => `/companies/${s}`),
      MIX_SEED,
    );
    const five = shuffled(shape.companies, MIX_SEED + 1).slice(0, 5);
    const sample = (n: number) => `/?companies=${five.slice(0, n).join(",")}&practices=all`;
    // Sanity: every URL of the mix must render (a 404 or a redirect would measure nothing).
    for (const p of [mix.grids[0]!, mix.searches[0]!, companyPages[0]!, sample(5)]) {
      const r = await fetch(app.url + p, { headers: UNCACHED, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    }

    const renders: RenderReading[] = [];
    const pages: Array<[string, string]> = [
      ["render floor", RENDER_FLOOR],
      ["grid, default view", "/"],
      ["grid, 2 companies × 14 practices", sample(2)],
      ["grid, 5 companies × 14 practices", sample(5)],
      ["company page, curated (mozy)", "/companies/mozy"],
      ...(shape.largest
        ? [
            [
              `company page, largest machine-read (${shape.largest.slug}, ${shape.largest.clauses} clauses)`,
              `/companies/${shape.largest.slug}`,
            ] as [string, string],
          ]
        : []),
      ["search", "/search?q=arbitration"],
      ["search, machine-read only", "/search?q=cookies&provenance=machine"],
    ];
    for (const [label, path] of pages) {
      const r = await readRender(app, opts.databaseUrl, cpu, label, path);
      renders.push(r);
      log(
        `  render ${label}: first ${r.firstMs.toFixed(0)} ms, then ${r.ms.toFixed(0)} ms (${r.cpuMs?.toFixed(0) ?? "?"} ms CPU), ${r.queries} queries (${r.dbMs.toFixed(1)} ms in PostgreSQL), ${(r.htmlBytes / 1000).toFixed(0)} kB HTML of which ${(r.payloadBytes / 1000).toFixed(0)} kB payload`,
      );
    }

    const idle = { url: app.url + RENDER_FLOOR, headers: UNCACHED };
    const run = async (paths: readonly string[]) => {
      const base = {
        base: app.url,
        paths,
        connections: opts.connections,
        headers: UNCACHED,
        cpu,
      };
      if (opts.warmupSeconds > 0)
        await loadUrls({ ...base, mode: { seconds: opts.warmupSeconds } });
      const load = await loadUrls({ ...base, mode: { seconds: opts.seconds } });
      await waitUntilIdle(idle);
      return load;
    };
    const show = (label: string, l: UrlLoad) =>
      log(
        `  uncached ${label.padEnd(14)} ${String(Math.round(l.requestsPerSecond)).padStart(5)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  non-2xx ${l.non2xx}  errors ${l.errors}  CPU/request ${l.cpu ? `${l.cpu.appMsPerRequest.toFixed(1)} app + ${l.cpu.dbMsPerRequest.toFixed(1)} db ms` : "?"}`,
      );

    const before = await run([RENDER_FLOOR]);
    show("render floor", before);
    const specs = [
      { key: "grid", label: "grid", paths: mix.grids },
      { key: "company", label: "company page", paths: companyPages },
      { key: "search", label: "search", paths: mix.searches },
    ] as const;
    const loads = [];
    for (const s of specs) {
      const load = await run(s.paths);
      show(s.label, load);
      loads.push({ ...s, load });
    }
    const after = await run([RENDER_FLOOR]);
    show("render floor", after);
    // The floor before and after the three, so a change in the machine's load during the runs
    // weighs on both sides of the ratio.
    const floorRps = (before.requestsPerSecond + after.requestsPerSecond) / 2;
    const routes: MissRoute[] = loads.map((x) => ({
      key: x.key,
      label: x.label,
      urls: x.paths.length,
      example: x.paths[0]!,
      load: x.load,
      ratio: floorRps ? x.load.requestsPerSecond / floorRps : 0,
    }));

    const mixed = shuffled([...mix.grids, ...mix.searches], MIX_SEED);
    const mixLoad = await loadUrls({
      base: app.url,
      paths: mixed,
      connections: opts.connections,
      headers: BROWSER,
      mode: { once: true },
      cpu,
    });
    await waitUntilIdle(idle);
    log(
      `  miss-heavy mix: ${mixLoad.requests} requests (${Object.entries(mixLoad.cache)
        .map(([k, n]) => `${n} ${k}`)
        .join(
          ", ",
        )}), ${Math.round(mixLoad.requestsPerSecond)} req/s, p50 ${mixLoad.p50} ms, p99 ${mixLoad.p99} ms`,
    );
    return {
      floor: { path: RENDER_FLOOR, before, after, requestsPerSecond: floorRps },
      routes,
      mix: {
        ...mixLoad,
        grids: mix.grids.length,
        searches: mix.searches.length,
        seed: MIX_SEED,
      },
      renders,
      connections: opts.connections,
      seconds: opts.seconds,
      warmupSeconds: opts.warmupSeconds,
    };
  } catch (e) {
    log(`  miss path failed: ${(e as Error).message}`);
    return { error: (e as Error).message };
  }
}
