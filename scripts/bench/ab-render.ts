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
 * this worktree's build on BENCH_PORT and the other's on BENCH_PORT - 1; ab-apps.ts says how
 * to give each its own database or build (AB_BEFORE_PG_DIR, AB_AFTER_WORKTREE).
 */
import pg from "pg";
import { startAbApps, type AbSide } from "./ab-apps";
import { cpuBetween } from "./cpu-usage";
import { missMixUrls, shuffled } from "./miss-mix";
import { MIX_SEED, MIX_SIZE, RENDER_FLOOR, UNCACHED } from "./miss-path";

const other = process.argv[2];
const perKind = Number(process.argv[3] ?? 60);
if (!other || !(perKind > 0)) {
  console.error("usage: tsx scripts/bench/ab-render.ts <other worktree> [requests per kind]");
  process.exit(2);
}
const apps = await startAbApps(other);

try {
  const client = new pg.Client({ connectionString: apps.databaseUrl });
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
    ["search (the mix's searches)", mix.searches],
    ["grid, default view", ["/"]],
    ["company page, mozy", ["/companies/mozy"]],
  ];
  const get = async (side: AbSide, p: string) => {
    const r = await fetch(apps.base[side] + p, { headers: UNCACHED, redirect: "manual" });
    const body = await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${apps.base[side]}${p} answered ${r.status}`);
    return body.byteLength;
  };
  console.log(`CPU per response: the app's (front server and Next) + PostgreSQL's.`);
  console.log(`| response | before: CPU | after: CPU | change (app) | HTML before | HTML after |`);
  console.log(`|---|--:|--:|--:|--:|--:|`);
  for (const [label, urls] of kinds) {
    for (let i = 0; i < 10; i++)
      for (const side of ["before", "after"] as const) await get(side, urls[i % urls.length]!);
    const sent = { before: 0, after: 0 }; // bytes of HTML (fetch decompresses)
    const start = { before: apps.cpu.before(), after: apps.cpu.after() };
    // In turn, one request at a time, each app on each URL: both see the same load. Each app's
    // CPU is read over the whole run, so work it does after answering (GC) counts too.
    for (let i = 0; i < perKind; i++)
      for (const side of ["before", "after"] as const)
        sent[side] += await get(side, urls[(i + 10) % urls.length]!);
    const cpu = {
      before: cpuBetween(start.before, apps.cpu.before()),
      after: cpuBetween(start.after, apps.cpu.after()),
    };
    const ms = (side: AbSide) => cpu[side].appMs / perKind;
    const both = (side: AbSide) =>
      `${ms(side).toFixed(1)} + ${(cpu[side].dbMs / perKind).toFixed(1)} ms`;
    const kb = (side: "before" | "after") => `${(sent[side] / perKind / 1000).toFixed(1)} kB`;
    console.log(
      `| ${label} | ${both("before")} | ${both("after")} | ${Math.round((ms("after") / ms("before") - 1) * 100)}% | ${kb("before")} | ${kb("after")} |`,
    );
  }
} finally {
  await apps.stop();
}
