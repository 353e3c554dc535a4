/*
 * Two builds side by side, on one machine at one time: the CPU each spends per uncached render
 * of the same URLs. On a shared machine CPU per response still drifts with the load (caches,
 * cores shared with other work), by as much as a factor of two between runs minutes apart; two
 * apps answering the same URLs in turn, on the same database, share that drift, so their ratio
 * holds. For before/after comparisons while working on render speed (docs/render-speed.md).
 *
 *   tsx scripts/bench/ab-render.ts <other worktree, built> [requests per kind, default 60]
 *
 * Uses the bench's PostgreSQL (BENCH_PG_DIR, BENCH_PG_PORT; seeded by `npm run bench:miss`),
 * this worktree's build on BENCH_PORT and the other's on BENCH_PORT - 1.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, takeOverShutdownSignals } from "../../lib/db/embedded-postgres";
import { isAlive, postmasterPid, ROOT, waitFor } from "../app-process";
import { readBenchConfig } from "./bench-config";
import { cpuBetween, cpuReader } from "./cpu-usage";
import { missMixUrls, shuffled } from "./miss-mix";
import { MIX_SEED, MIX_SIZE, RENDER_FLOOR } from "./miss-path";

const other = path.resolve(process.argv[2] ?? "");
const perKind = Number(process.argv[3] ?? 60);
if (!process.argv[2] || !(perKind > 0)) {
  console.error("usage: tsx scripts/bench/ab-render.ts <other worktree> [requests per kind]");
  process.exit(2);
}
const config = readBenchConfig();
const HEADERS = {
  "accept-encoding": "gzip, deflate, br, zstd",
  cookie: "policy-atlas-bench=uncached",
};

takeOverShutdownSignals();
const db = await startEmbeddedPostgres({
  dataDir: path.resolve(ROOT, config.BENCH_PG_DIR),
  port: config.BENCH_PG_PORT,
});
const url = db.url("policy_atlas");

function start(dir: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
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
  return { child, base: `http://127.0.0.1:${port}` };
}

const apps = {
  before: start(other, config.BENCH_PORT - 1),
  after: start(ROOT, config.BENCH_PORT),
};
const stopAll = async () => {
  for (const a of Object.values(apps))
    if (a.child.pid && isAlive(-a.child.pid)) process.kill(-a.child.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 3000));
  await db.stop();
};

try {
  for (const a of Object.values(apps))
    await waitFor(
      async () => (await fetch(`${a.base}${RENDER_FLOOR}`).catch(() => null))?.ok ?? false,
      300_000,
      () => `${a.base} did not start`,
    );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const companies = (
    await client.query<{ slug: string }>("SELECT slug FROM company ORDER BY slug")
  ).rows.map((r) => r.slug);
  const practices = (
    await client.query<{ slug: string }>("SELECT slug FROM practice ORDER BY position")
  ).rows.map((r) => r.slug);
  await client.end();
  const mix = missMixUrls({ companies, practices, ...MIX_SIZE, seed: MIX_SEED });
  const kinds: Array<[string, string[]]> = [
    ["render floor", [RENDER_FLOOR]],
    ["grid (the mix's comparisons)", mix.grids],
    [
      "company page (random among the 307)",
      shuffled(
        companies.map((s) => `/companies/${s}`),
        MIX_SEED,
      ),
    ],
    ["grid, default view", ["/"]],
    ["company page, mozy", ["/companies/mozy"]],
  ];
  const postmaster = postmasterPid(path.relative(ROOT, path.resolve(ROOT, config.BENCH_PG_DIR)));
  const readers = {
    before: cpuReader(apps.before.child.pid!, postmaster)!,
    after: cpuReader(apps.after.child.pid!, postmaster)!,
  };
  const get = async (base: string, p: string) => {
    const r = await fetch(base + p, { headers: HEADERS, redirect: "manual" });
    const body = await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${base}${p} answered ${r.status}`);
    return body.byteLength;
  };
  console.log(`PostgreSQL is shared; CPU is the app's (front server and Next), per response.`);
  console.log(`| response | before: CPU | after: CPU | change | HTML before | HTML after |`);
  console.log(`|---|--:|--:|--:|--:|--:|`);
  for (const [label, urls] of kinds) {
    for (let i = 0; i < 10; i++)
      for (const a of Object.values(apps)) await get(a.base, urls[i % urls.length]!);
    const sent = { before: 0, after: 0 }; // bytes of HTML (fetch decompresses)
    const start = { before: readers.before(), after: readers.after() };
    // In turn, one request at a time, each app on each URL: both see the same load. Each app's
    // CPU is read over the whole run, so work it does after answering (GC) counts too.
    for (let i = 0; i < perKind; i++)
      for (const side of ["before", "after"] as const)
        sent[side] += await get(apps[side].base, urls[(i + 10) % urls.length]!);
    const cpu = {
      before: cpuBetween(start.before, readers.before()).appMs,
      after: cpuBetween(start.after, readers.after()).appMs,
    };
    const ms = (side: "before" | "after") => cpu[side] / perKind;
    const kb = (side: "before" | "after") => `${(sent[side] / perKind / 1000).toFixed(1)} kB`;
    console.log(
      `| ${label} | ${ms("before").toFixed(1)} ms | ${ms("after").toFixed(1)} ms | ${Math.round((ms("after") / ms("before") - 1) * 100)}% | ${kb("before")} | ${kb("after")} |`,
    );
  }
} finally {
  await stopAll();
}
