/*
 * The miss-heavy mix on two builds in turn: the bench's 200 comparisons and 200 searches at 20
 * connections, once on one build, then on the other, round after round. The mix's p99 is its
 * four slowest responses, which a single run per build cannot tell from the machine's noise;
 * rounds taken alternately share that noise (ab-render.ts does the same one request at a time).
 * Every round goes past the response cache (the bench's cookie), so each is 400 renders; the
 * last part reads each URL's HTML once per build, to compare bytes.
 *
 *   tsx scripts/bench/ab-mix.ts <other worktree, built> [rounds, default 6]
 *
 * The builds and databases are ab-apps.ts's (AB_BEFORE_PG_DIR, AB_AFTER_WORKTREE).
 */
import pg from "pg";
import { startAbApps, type AbSide } from "./ab-apps";
import { missMixUrls, shuffled } from "./miss-mix";
import { MIX_SEED, MIX_SIZE, UNCACHED } from "./miss-path";
import { loadUrls } from "./url-load";

const other = process.argv[2];
const rounds = Number(process.argv[3] ?? 6);
if (!other || !(rounds > 0)) {
  console.error("usage: tsx scripts/bench/ab-mix.ts <other worktree> [rounds]");
  process.exit(2);
}
const sides: readonly AbSide[] = ["before", "after"];
const apps = await startAbApps(other);

try {
  const client = new pg.Client({ connectionString: apps.databaseUrl });
  await client.connect();
  const slugs = async (sql: string) =>
    (await client.query<{ slug: string }>(sql)).rows.map((r) => r.slug);
  const companies = await slugs("SELECT slug FROM company WHERE NOT synthetic ORDER BY slug");
  const practices = await slugs("SELECT slug FROM practice ORDER BY position");
  await client.end();
  const mix = missMixUrls({ companies, practices, ...MIX_SIZE, seed: MIX_SEED });
  const mixed = shuffled([...mix.grids, ...mix.searches], MIX_SEED);
  const run = (side: AbSide) =>
    loadUrls({
      base: apps.base[side],
      paths: mixed,
      connections: 20,
      headers: UNCACHED,
      mode: { once: true },
      cpu: apps.cpu[side],
    });

  // Warm-up as the bench's mix has it: it follows the routes' runs, over the same URLs and every
  // company page, so the data kept per data version (every company, its policy's HTML) is in
  // memory, and each garbage collection of the mix walks it.
  const companyPages = companies.map((s) => `/companies/${s}`);
  for (const side of sides) {
    await run(side);
    await loadUrls({
      base: apps.base[side],
      paths: companyPages,
      connections: 20,
      headers: UNCACHED,
      mode: { once: true },
    });
  }
  console.log(
    `Resident memory after the warm-up: before ${apps.rssMb("before")} MB, after ${apps.rssMb("after")} MB\n`,
  );

  console.log(
    `| round | side | req/s | p50 | p90 | p99 | max | CPU app + db per response | kB sent |`,
  );
  console.log(`|--:|---|--:|--:|--:|--:|--:|--:|--:|`);
  const p99s: Record<AbSide, number[]> = { before: [], after: [] };
  const cpus: Record<AbSide, number[]> = { before: [], after: [] };
  for (let r = 1; r <= rounds; r++) {
    // Alternate which build goes first, so neither always follows the other's garbage.
    for (const side of r % 2 ? sides : [...sides].reverse()) {
      const l = await run(side);
      await new Promise((res) => setTimeout(res, 1000));
      p99s[side].push(l.p99);
      if (l.cpu) cpus[side].push(l.cpu.appMsPerRequest + l.cpu.dbMsPerRequest);
      console.log(
        `| ${r} | ${side} | ${Math.round(l.requestsPerSecond)} | ${l.p50} | ${l.p90} | ${l.p99} | ${l.max} | ${l.cpu ? `${l.cpu.appMsPerRequest.toFixed(1)} + ${l.cpu.dbMsPerRequest.toFixed(1)} ms` : "?"} | ${(l.bytesPerRequest / 1000).toFixed(1)} |`,
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  console.log(
    `\np99, median of ${rounds}: before ${median(p99s.before)} ms, after ${median(p99s.after)} ms; ` +
      `CPU per response (app + db), mean: before ${mean(cpus.before).toFixed(1)} ms, after ${mean(cpus.after).toFixed(1)} ms`,
  );

  // Bytes of HTML per URL (fetch decompresses), one at a time.
  for (const [kind, paths] of [
    ["grid", mix.grids],
    ["search", mix.searches],
  ] as const) {
    const kb: Record<AbSide, number> = { before: 0, after: 0 };
    for (const side of sides)
      for (const p of paths) {
        const res = await fetch(apps.base[side] + p, { headers: UNCACHED });
        kb[side] += (await res.arrayBuffer()).byteLength / 1000 / paths.length;
      }
    console.log(
      `HTML per ${kind}: before ${kb.before.toFixed(1)} kB, after ${kb.after.toFixed(1)} kB`,
    );
  }
} finally {
  await apps.stop();
}
