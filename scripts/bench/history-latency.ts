/*
 * Policy history, server-side (docs/history.md): times lib/queries/history.ts's comparison of two
 * versions (all its queries and the clause matching, no HTTP, no rendering) over pairs at every
 * distance — neighbours, ten apart, a hundred apart, first against last — on the services with the
 * most versions, and counts the statements the timeline of the biggest history runs against a
 * one-version one (pg_stat_statements, when the database has it loaded). Prints JSON.
 * Run with `node --conditions=react-server --import tsx` against DATABASE_URL after a history load.
 */
import pg from "pg";
import { getTimeline, getVersionDiff } from "../../lib/queries/history";
import { readStatementStats, resetStatementStats } from "./query-stats";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows: services } = await client.query<{ slug: string; n: number }>(
  `SELECT c.slug, count(*)::int AS n FROM policy_version v JOIN company c ON c.id = v.company_id
   GROUP BY c.slug ORDER BY n DESC, c.slug LIMIT 8`,
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
      start + distance < ids.length && start < ids.length;
      start += Math.max(1, Math.floor(ids.length / 6))
    )
      pairs.push({ slug: s.slug, from: ids[start]!, to: ids[start + distance]!, distance });
}

const rounds = Number(process.argv[2] ?? 5);
for (const p of pairs) await getVersionDiff(p.slug, p.from, p.to);
const times: number[] = [];
let worst = { ms: 0, pair: pairs[0]! };
for (let r = 0; r < rounds; r++)
  for (const p of pairs) {
    const t = performance.now();
    await getVersionDiff(p.slug, p.from, p.to);
    const ms = performance.now() - t;
    times.push(ms);
    if (ms > worst.ms) worst = { ms, pair: p };
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
const t = performance.now();
await getTimeline(biggest.slug);
const timelineMs = performance.now() - t;

console.log(
  JSON.stringify({
    diff: {
      comparisons: times.length,
      distinctPairs: pairs.length,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: times.at(-1),
      worst,
    },
    timeline: {
      slug: biggest.slug,
      versions: biggest.n,
      ms: timelineMs,
      statements: await statementsFor(biggest.slug),
      statementsForOneVersion: single[0] ? await statementsFor(single[0].slug) : null,
    },
  }),
);
process.exit(0);
