/*
 * Policy history, server-side (docs/history.md): times the comparison of two versions as the
 * comparison page computes it — lib/queries/history.ts's getVersionDiff (its queries and the
 * clause matching) and the word-level differences of every modified clause
 * (lib/history/word-diff.ts), no HTTP, no rendering — over pairs at every distance (neighbours,
 * ten apart, a hundred apart, first against last) on the services with the most versions, and
 * counts the statements the timeline of the biggest history runs against a one-version one
 * (pg_stat_statements, when the database has it loaded). Prints one line of JSON
 * (HistoryLatencyReading in history-bench.ts).
 * Run with `node --conditions=react-server --import tsx scripts/bench/history-latency.ts [rounds]`
 * against DATABASE_URL after a history load; scripts/bench/history-bench.ts does.
 */
import pg from "pg";
import { wordDiff } from "../../lib/history/word-diff";
import { getTimeline, getVersionDiff, type DiffTimings } from "../../lib/queries/history";
import type { HistoryLatencyReading } from "./history-bench";
import { readStatementStats, resetStatementStats } from "./query-stats";

const SERVICES = 8;
const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows: services } = await client.query<{ slug: string; n: number }>(
  `SELECT c.slug, count(*)::int AS n FROM policy_version v JOIN company c ON c.id = v.company_id
   GROUP BY c.slug ORDER BY n DESC, c.slug LIMIT ${SERVICES}`,
);
const { rows: single } = await client.query<{ slug: string }>(
  `SELECT c.slug FROM policy_version v JOIN company c ON c.id = v.company_id
   GROUP BY c.slug HAVING count(*) = 1 ORDER BY c.slug LIMIT 1`,
);
await client.end();
if (services.length === 0) {
  console.error("No history loaded: run npm run history first.");
  process.exit(2);
}

const pairs: Array<{ slug: string; from: number; to: number; distance: number }> = [];
for (const s of services) {
  const timeline = (await getTimeline(s.slug))!;
  const ids = timeline.versions.map((v) => v.id).reverse();
  for (const distance of [1, 10, 100, ids.length - 1])
    for (
      let start = 0;
      start + distance < ids.length;
      start += Math.max(1, Math.floor(ids.length / 6))
    )
      pairs.push({ slug: s.slug, from: ids[start]!, to: ids[start + distance]!, distance });
}

const parts = { queriesMs: 0, matchingMs: 0, wordDiffMs: 0 };
/** One comparison as the page computes it; returns how many clauses differ. */
async function compare(p: (typeof pairs)[number], timings?: DiffTimings): Promise<number> {
  const result = await getVersionDiff(p.slug, p.from, p.to, timings);
  if (!result.ok) throw new Error(`${p.slug} ${p.from}…${p.to}: ${result.error}`);
  const t = performance.now();
  for (const m of result.diff.modified) wordDiff(m.before.text, m.after.text);
  parts.wordDiffMs += performance.now() - t;
  const d = result.diff;
  return d.added.length + d.removed.length + d.modified.length;
}

const rounds = Number(process.argv[2] ?? 5);
for (const p of pairs) await compare(p);
parts.wordDiffMs = 0;
const times: number[] = [];
let worst = { ms: 0, slug: "", distance: 0, changed: 0 };
for (let r = 0; r < rounds; r++)
  for (const p of pairs) {
    const t = performance.now();
    const changed = await compare(p, parts);
    const ms = performance.now() - t;
    times.push(ms);
    if (ms > worst.ms) worst = { ms, slug: p.slug, distance: p.distance, changed };
  }
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor((q / 100) * times.length))]!;

async function statementsFor(slug: string): Promise<number | null> {
  try {
    await resetStatementStats(url);
  } catch {
    return null;
  }
  await getTimeline(slug);
  return (await readStatementStats(url)).reduce((n, s) => n + s.calls, 0);
}
const biggest = services[0]!;
await getTimeline(biggest.slug);
const t = performance.now();
await getTimeline(biggest.slug);
const timelineMs = performance.now() - t;

const reading: HistoryLatencyReading = {
  diff: {
    comparisons: times.length,
    distinctPairs: pairs.length,
    services: services.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: times.at(-1)!,
    parts,
    worst,
  },
  timeline: {
    slug: biggest.slug,
    versions: biggest.n,
    ms: timelineMs,
    statements: await statementsFor(biggest.slug),
    oneVersionSlug: single[0]?.slug ?? null,
    statementsForOneVersion: single[0] ? await statementsFor(single[0].slug) : null,
  },
};
console.log(JSON.stringify(reading));
process.exit(0);
