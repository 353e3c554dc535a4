import { SEED_TARGETS, type CorpusSeedReading } from "./corpus-seed";
import { MIX_QUERIES } from "./miss-mix";
import { MISS_TARGETS, type MissPathResult } from "./miss-path";
import type { UrlLoad } from "./url-load";
import { verdictLine, type Verdict } from "./verdict";
import { writeFileSync } from "node:fs";
import path from "node:path";

/*
 * The report's part for "Speed at real scale" (issue 11): the corpus seed at start-up and the
 * miss path. Kept apart from report.ts, which calls verdicts and sections from here.
 */

type Readings = { corpusSeed?: CorpusSeedReading; missPath?: MissPathResult };

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pct = (n: number) => `${Math.round(n * 100)}%`;
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : int(n)} ms`;
const mark = (pass: boolean | null) => (pass === null ? "–" : pass ? "PASS" : "**FAIL**");
const s1 = (n: number) => `${n.toFixed(1)} s`;

const meanOf = (xs: Array<number | undefined>): number | undefined => {
  const known = xs.filter((x): x is number => x !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
};

/** A run in which nothing completed, or anything failed, passes no throughput or latency target. */
const clean = (l: UrlLoad) => l.requests > 0 && l.errors === 0 && l.non2xx === 0;

export function scaleVerdicts(r: Readings): Verdict[] {
  const out: Verdict[] = [];
  const seed = r.corpusSeed;
  if (seed) {
    const fresh = `corpus seed (5 curated + 302 machine-read) on a fresh database ≤ ${SEED_TARGETS.freshSeconds} s`;
    const again = `second start with unchanged files skips the seed, ≤ ${SEED_TARGETS.unchangedSeconds} s`;
    if ("error" in seed)
      out.push(
        { target: fresh, figure: "could not run", pass: null },
        { target: again, figure: "could not run", pass: null },
      );
    else
      out.push(
        {
          target: fresh,
          figure: `${s1(seed.fresh.seconds)} (${s1(seed.fresh.cpuSeconds)} CPU)`,
          pass: !seed.fresh.skipped && seed.fresh.seconds <= SEED_TARGETS.freshSeconds,
        },
        {
          target: again,
          figure: `${seed.unchanged.skipped ? "skipped" : "**not skipped**"} in ${seed.unchanged.seconds.toFixed(2)} s`,
          pass: seed.unchanged.skipped && seed.unchanged.seconds <= SEED_TARGETS.unchangedSeconds,
        },
      );
  }
  const miss = r.missPath;
  if (miss && "error" in miss)
    out.push({ target: "the miss path", figure: `could not run: ${miss.error}`, pass: null });
  else if (miss) {
    for (const route of miss.routes)
      out.push({
        target: `uncached ${route.label} ≥ ${MISS_TARGETS.shareOfFloor}× the render floor's throughput`,
        figure: `${route.ratio.toFixed(2)}× (${int(route.load.requestsPerSecond)} against ${int(miss.floor.requestsPerSecond)} req/s)`,
        pass: clean(route.load) && route.ratio >= MISS_TARGETS.shareOfFloor,
      });
    const cached = miss.mix.requests - (miss.mix.cache.miss ?? 0);
    out.push({
      target: `miss-heavy mix (${miss.mix.grids} comparisons + ${miss.mix.searches} searches, none cached) p99 ≤ ${MISS_TARGETS.mixP99Ms} ms`,
      figure: `${ms(miss.mix.p99)}${cached ? ` (**${cached} not rendered**)` : ""}`,
      pass: clean(miss.mix) && cached === 0 && miss.mix.p99 <= MISS_TARGETS.mixP99Ms,
    });
    const fixed = fixedRenderQueries(miss);
    if (fixed)
      out.push({
        target: "queries per render fixed whatever the number of companies shown or clauses held",
        figure: fixed.differing.length ? fixed.differing.join("; ") : fixed.figure,
        pass: fixed.differing.length === 0,
      });
  }
  return out;
}

/** Pairs of renders that must cost the same number of queries: 2 against 5 companies, a small policy against the largest. */
function fixedRenderQueries(
  miss: Extract<MissPathResult, { routes: unknown }>,
): { figure: string; differing: string[] } | null {
  const find = (prefix: string) => miss.renders.filter((x) => x.label.startsWith(prefix));
  const pairs = [find("grid, "), find("company page"), find("search")].filter((g) => g.length > 1);
  if (!pairs.length) return null;
  const differing = pairs
    .filter((g) => new Set(g.map((x) => x.queries)).size > 1)
    .map((g) => g.map((x) => `${x.label}: ${x.queries}`).join(" vs "));
  const figure = pairs
    .map((g) => `${g[0]!.label.split(",")[0]} ${[...new Set(g.map((x) => x.queries))].join("/")}`)
    .join(", ");
  return { figure, differing };
}

const cpuOf = (l: UrlLoad) => (l.cpu ? l.cpu.appMsPerRequest + l.cpu.dbMsPerRequest : undefined);
const cpuFigure = (l: UrlLoad) =>
  l.cpu ? `${ms(l.cpu.appMsPerRequest + l.cpu.dbMsPerRequest)} (${ms(l.cpu.dbMsPerRequest)})` : "–";

function loadRow(
  label: string,
  urls: string,
  l: UrlLoad,
  ratio: string,
  cpuRatio: string,
  pass: string,
): string {
  return `| ${label} | ${urls} | ${int(l.requestsPerSecond)} | ${ratio} | ${ms(l.p50)} | ${ms(l.p99)} | ${int(l.non2xx)} | ${int(l.errors)} | ${kb(l.bytesPerRequest)} | ${cpuFigure(l)} | ${cpuRatio} | ${pass} |`;
}

/** A seed phase's wall time, with its CPU time when the reading has it. */
const phase = (seconds = 0, cpuSeconds?: number) =>
  cpuSeconds === undefined ? s1(seconds) : `${s1(seconds)} (${s1(cpuSeconds)})`;

export function scaleSections(r: Readings): string[] {
  const lines: string[] = [];
  const seed = r.corpusSeed;
  if (seed) {
    lines.push("## Corpus seed at start-up", "");
    if ("error" in seed) lines.push(`Could not run: \`${seed.error}\``, "");
    else {
      const f = seed.fresh;
      const u = seed.unchanged;
      lines.push(
        "`runSeed` as `npm start` runs it, each time in a process of its own: first into a database dropped and migrated just before (a fresh clone's first start), then again with the same files (every later start). CPU time counts the machine-reading worker threads too (not PostgreSQL's); on a shared machine it is the steadier figure. The seed's transaction writes each batch of companies while the workers read the next, so *machine-read* lasts until the last policy is read, writing included, and *write* is the writing left after it; each gives its CPU time in brackets.",
        "",
        "| start | companies | clauses | wall time | CPU time | validate | machine-read (and writing) | write after | load average | target |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
        `| fresh database | ${int(f.companies)} (${int(f.machineCompanies)} machine-read) | ${int(f.clauses)} | **${s1(f.seconds)}** | ${s1(f.cpuSeconds)} | ${phase(f.planSeconds, f.planCpuSeconds)} | ${phase(f.readSeconds, f.readCpuSeconds)} | ${phase(f.writeSeconds, f.writeCpuSeconds)} | ${f.loadAverage} | ≤ ${SEED_TARGETS.freshSeconds} s ${mark(!f.skipped && f.seconds <= SEED_TARGETS.freshSeconds)} |`,
        `| files unchanged | ${int(u.companies)} | ${int(u.clauses)} | **${u.seconds.toFixed(2)} s** (${u.skipped ? "skipped" : "not skipped"}) | ${s1(u.cpuSeconds)} | – | – | – | ${u.loadAverage} | ≤ ${SEED_TARGETS.unchangedSeconds} s ${mark(u.skipped && u.seconds <= SEED_TARGETS.unchangedSeconds)} |`,
        "",
        `Migrations on the fresh database took ${s1(f.migrateSeconds)} before the seed.`,
        "",
      );
    }
  }
  const miss = r.missPath;
  if (!miss) return lines;
  lines.push("## The miss path: first visits at 307 companies", "");
  if ("error" in miss) return [...lines, `Could not run: \`${miss.error}\``, ""];
  lines.push(
    `With 307 companies most URLs (any comparison, any search) are first visits, which the response cache cannot answer. The ceiling for a render is \`${miss.floor.path}\`, a dynamic page in the site's layout that reads no data (served only to the bench, see app/bench/render-floor), measured before and after the pages below. Every request carries a cookie, so the front server passes it to Next, which renders it. Each load goes round its list of distinct URLs (one shared list for all ${miss.connections} connections) for ${miss.seconds} s after ${miss.warmupSeconds} s of warm-up.`,
    "",
    "The CPU a response costs (the app's processes and, in brackets, PostgreSQL's, read from /proc) does not depend on what else the machine runs, as requests per second do: the floor's CPU over a route's is the share of the floor's throughput the route would reach on a machine of its own.",
    "",
    "| route | distinct URLs | req/s | × render floor | p50 | p99 | non-2xx | errors | sent per response | CPU per response (of it PostgreSQL) | × floor by CPU | ≥ 0.5× floor |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    loadRow("render floor, before", "1", miss.floor.before, "–", "–", "–"),
    ...miss.routes.map((x) => {
      const floorCpu = meanOf([cpuOf(miss.floor.before), cpuOf(miss.floor.after)]);
      const routeCpu = cpuOf(x.load);
      return loadRow(
        `${x.label} (e.g. \`${x.example}\`)`,
        int(x.urls),
        x.load,
        `${x.ratio.toFixed(2)}×`,
        floorCpu && routeCpu ? `${(floorCpu / routeCpu).toFixed(2)}×` : "–",
        mark(clean(x.load) && x.ratio >= MISS_TARGETS.shareOfFloor),
      );
    }),
    loadRow("render floor, after", "1", miss.floor.after, "–", "–", "–"),
    "",
  );
  const m = miss.mix;
  const cached = m.requests - (m.cache.miss ?? 0);
  lines.push(
    "### The miss-heavy mix",
    "",
    `${m.grids} distinct comparisons (2–5 of the 307 companies, a random subset of the 14 practices) and ${m.searches} distinct searches (${MIX_QUERIES.length} realistic queries, without the provenance filter or with either value), drawn from a generator seeded with ${m.seed} (\`scripts/bench/miss-mix.ts\`), shuffled together and requested once each over ${miss.connections} connections, without a cookie: the front server looks each one up, misses, and has Next render it. Its \`x-cache\` header on every response: ${Object.entries(
      m.cache,
    )
      .map(([k, n]) => `${int(n)} × ${k}`)
      .join(", ")}.`,
    "",
    "| requests | req/s | p50 | p90 | p99 | max | non-2xx | errors | CPU per response (of it PostgreSQL) | none from cache | p99 ≤ 200 ms |",
    "|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|",
    `| ${int(m.requests)} | ${int(m.requestsPerSecond)} | ${ms(m.p50)} | ${ms(m.p90)} | ${ms(m.p99)} | ${ms(m.max)} | ${int(m.non2xx)} | ${int(m.errors)} | ${cpuFigure(m)} | ${cached ? "**no**" : "yes"} | ${mark(clean(m) && cached === 0 && m.p99 <= MISS_TARGETS.mixP99Ms)} |`,
    "",
    "### One render taken apart",
    "",
    "Each page requested alone, uncached: the first request for it since the app started (what the first visitor after a seed waits, before any data is kept per data version), then the median time to the last byte of 10 more and the CPU each cost the app and PostgreSQL, the statements it ran in PostgreSQL (pg_stat_statements) and what it sent, uncompressed. The payload is React's copy of the page for hydration, inlined in the HTML as `self.__next_f.push(…)` scripts. Time not spent in PostgreSQL is Node: Prisma, React rendering and Next.",
    "",
    "| page | path | first | then | CPU | queries | rows read | PostgreSQL | HTML | of which payload |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...miss.renders.map(
      (x) =>
        `| ${x.label} | \`${x.path}\` | ${ms(x.firstMs)} | ${ms(x.ms)} | ${x.cpuMs === undefined ? "–" : ms(x.cpuMs)} | ${x.queries} | ${int(x.rows)} | ${ms(x.dbMs)} | ${kb(x.htmlBytes)} | ${kb(x.payloadBytes)} (${pct(x.htmlBytes ? x.payloadBytes / x.htmlBytes : 0)}) |`,
    ),
    "",
  );
  return lines;
}

/**
 * What `npm run bench:seed` and `bench:miss` leave behind: `{name}.json` and `{name}.md` in
 * `outDir`, and the verdicts printed.
 */
export function writeScaleReport(outDir: string, name: string, readings: Readings): void {
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(readings, null, 2));
  writeFileSync(path.join(outDir, `${name}.md`), scaleSections(readings).join("\n"));
  console.log("");
  for (const v of scaleVerdicts(readings)) console.log(verdictLine(v));
  console.log(`\nWrote .data/bench/${name}.json and .data/bench/${name}.md`);
}
