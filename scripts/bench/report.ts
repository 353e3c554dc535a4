import type { Verdict } from "./verdict";
import { historySection, historyVerdicts } from "./history-bench";
import { CATEGORIES, LIGHTHOUSE_RUNS } from "./lighthouse";
import { scaleSections, scaleVerdicts } from "./miss-path-report";
import { machineReadingMarkdown, machineReadingVerdicts } from "./machine-reading";
import type { BenchResults, DatasetResult, RouteResult } from "./results";

export type { Verdict };

/** The issue's targets ("Fast under load, at 1,000 companies"). */
export const TARGETS = {
  p99Ms: 100,
  gridShareOfCeiling: 0.5,
  seedSeconds: 60,
  firstLoadJsGzipBytes: 150_000,
  lighthouseScore: 95,
  searchP95Ms: 30,
} as const;

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${int(n)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pct = (n: number) => `${Math.round(n * 100)}%`;
const mark = (pass: boolean | null) => (pass === null ? "–" : pass ? "PASS" : "**FAIL**");
const measured = (r: RouteResult): r is RouteResult & { load: NonNullable<RouteResult["load"]> } =>
  !!r.load;
/** A run in which no response completed has no latency to speak of: it fails, never passes with "0 ms". */
const p99Passes = (l: NonNullable<RouteResult["load"]>) => l.total > 0 && l.p99 <= TARGETS.p99Ms;
const p99Figure = (l: NonNullable<RouteResult["load"]>) =>
  l.total > 0 ? ms(l.p99) : "no response completed";

/** Every target with its figure and PASS/FAIL; `pass: null` where it could not be measured. */
export function verdicts(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  for (const d of r.datasets)
    for (const route of d.routes.filter(measured))
      out.push({
        target: `${d.title}: ${route.label} p99 ≤ ${TARGETS.p99Ms} ms`,
        figure: p99Figure(route.load),
        pass: p99Passes(route.load),
      });
  for (const d of r.datasets)
    for (const route of d.routes.filter(
      (x) => x.kind === "grid" && measured(x) && x.ratio !== undefined,
    ))
      out.push({
        target: `${d.title}: ${route.label} ≥ ${pct(TARGETS.gridShareOfCeiling)} of the ceiling`,
        figure: pct(route.ratio!),
        pass: route.ratio! >= TARGETS.gridShareOfCeiling,
      });
  // The synthetic data set is optional (BENCH_COMPANIES): no verdict when it was not run.
  if (r.seed)
    out.push({
      target: `synthetic seed of ${int(r.seed.companies)} companies ≤ ${TARGETS.seedSeconds} s`,
      figure: `${r.seed.seconds.toFixed(1)} s`,
      pass: r.seed.seconds <= TARGETS.seedSeconds,
    });
  out.push(
    r.firstLoadJs
      ? {
          target: `grid first-load JS ≤ ${kb(TARGETS.firstLoadJsGzipBytes)} gzip`,
          figure: kb(r.firstLoadJs.gzipBytes),
          pass: r.firstLoadJs.gzipBytes <= TARGETS.firstLoadJsGzipBytes,
        }
      : {
          target: `grid first-load JS ≤ ${kb(TARGETS.firstLoadJsGzipBytes)} gzip`,
          figure: "not measured",
          pass: null,
        },
  );
  for (const run of r.lighthouse)
    for (const c of CATEGORIES)
      out.push({
        target: `Lighthouse ${run.label}: ${c} ≥ ${TARGETS.lighthouseScore}`,
        figure: run.scores ? String(run.scores[c]) : "could not run",
        pass: run.scores ? run.scores[c] >= TARGETS.lighthouseScore : null,
      });
  if (r.sustained) {
    const s = r.sustained;
    out.push({
      target: `sustained ${s.connections} connections × ${s.seconds} s: 0 errors and 0 non-2xx`,
      figure: `${int(s.errors)} errors (${int(s.timeouts)} timeouts), ${int(s.non2xx)} non-2xx${
        s.statusCodes
          ? ` (${Object.entries(s.statusCodes)
              .map(([c, n]) => `${n}× ${c}`)
              .join(", ")})`
          : ""
      }`,
      pass: s.total > 0 && s.errors === 0 && s.non2xx === 0,
    });
  }
  out.push(...scaleVerdicts(r));
  const search = r.searchServerSide;
  if (search)
    out.push({
      target: `search p95 ≤ ${TARGETS.searchP95Ms} ms server-side (larger data set)`,
      figure: "error" in search ? "could not run" : `${search.p95.toFixed(1)} ms`,
      pass: "error" in search ? null : search.p95 <= TARGETS.searchP95Ms,
    });
  out.push(...machineReadingVerdicts(r.machineReading));
  out.push(...historyVerdicts(r.history));
  return out;
}

function routeTable(d: DatasetResult, which: "load" | "uncached"): string[] {
  const served = which === "load";
  const rows = [
    `| route | path |${served ? " cache |" : ""} req/s | × ceiling | p50 | p99 | non-2xx | errors | p99 ≤ 100 ms |`,
    `|---|---|${served ? ":-:|" : ""}--:|--:|--:|--:|--:|--:|:-:|`,
  ];
  for (const r of d.routes) {
    const l = r[which];
    if (!l) {
      rows.push(
        `| ${r.label} | \`${r.path}\` |${served ? " |" : ""} skipped: ${r.skipped ?? "not measured"} | | | | | | – |`,
      );
      continue;
    }
    const ratio = served ? r.ratio : r.uncachedRatio;
    rows.push(
      `| ${r.label} | \`${r.path}\` |${served ? ` ${r.cache ?? "–"} |` : ""} ${int(l.requestsPerSecond)} | ${ratio === undefined ? "–" : pct(ratio)} | ${l.total ? ms(l.p50) : "–"} | ${p99Figure(l)} | ${int(l.non2xx)} | ${int(l.errors)} | ${mark(p99Passes(l))} |`,
    );
  }
  return rows;
}

function queryTable(r: BenchResults): string[] {
  const [a, b] = r.datasets;
  if (!a) return [];
  const keys = [...new Set([...(b?.routes ?? []), ...a.routes].map((x) => x.key))];
  const cell = (d: DatasetResult | undefined, key: string, f: (x: RouteResult) => string) => {
    const x = d?.routes.find((y) => y.key === key);
    return x && x.queries && x.weight ? f(x) : "–";
  };
  const sent = (x: RouteResult) =>
    `${kb(x.weight!.htmlBytes)} / ${kb(x.weight!.sentBytes)} ${x.weight!.sentEncoding}`;
  const head = (d: DatasetResult | undefined) => (d ? `${int(d.companies)} cos.` : "");
  const rows = [
    `| route | queries (${head(a)}) | queries (${head(b)}) | rows read (${head(a)}) | rows read (${head(b)}) | DB time (${head(a)}) | DB time (${head(b)}) | body / sent (${head(a)}) | body / sent (${head(b)}) |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const key of keys) {
    const label = r.datasets.flatMap((d) => d.routes).find((x) => x.key === key)!.label;
    rows.push(
      `| ${label} | ${cell(a, key, (x) => String(x.queries!.perPage))} | ${cell(b, key, (x) => String(x.queries!.perPage))} | ${cell(a, key, (x) => int(x.queries!.rowsPerPage))} | ${cell(b, key, (x) => int(x.queries!.rowsPerPage))} | ${cell(a, key, (x) => `${x.queries!.dbMsPerPage.toFixed(1)} ms`)} | ${cell(b, key, (x) => `${x.queries!.dbMsPerPage.toFixed(1)} ms`)} | ${cell(a, key, sent)} | ${cell(b, key, sent)} |`,
    );
  }
  return rows;
}

/** Whether each route runs the same number of queries on both data sets. */
export function fixedQueryCounts(r: BenchResults): { fixed: boolean; differing: string[] } {
  const [a, b] = r.datasets;
  if (!a || !b) return { fixed: true, differing: [] };
  const differing = a.routes
    .filter((x) => x.queries && x.kind !== "ceiling")
    .filter((x) => {
      const y = b.routes.find((z) => z.key === x.key);
      return y?.queries && y.queries.perPage !== x.queries!.perPage;
    })
    .map(
      (x) =>
        `${x.label} (${x.queries!.perPage} → ${b.routes.find((z) => z.key === x.key)!.queries!.perPage})`,
    );
  return { fixed: differing.length === 0, differing };
}

/** One line per missed p99 or throughput target, with what the page costs: the leads to follow. */
function misses(r: BenchResults): string[] {
  const out: string[] = [];
  for (const d of r.datasets)
    for (const route of d.routes.filter(measured)) {
      const slow = !p99Passes(route.load);
      const low =
        route.kind === "grid" &&
        route.ratio !== undefined &&
        route.ratio < TARGETS.gridShareOfCeiling;
      if (!slow && !low) continue;
      const why = [
        slow ? `p99 ${p99Figure(route.load)}` : "",
        low ? `${pct(route.ratio!)} of the ceiling` : "",
        route.queries
          ? `${route.queries.perPage} queries reading ${int(route.queries.rowsPerPage)} rows (${route.queries.dbMsPerPage.toFixed(1)} ms in PostgreSQL) per page`
          : "",
        route.weight
          ? `a ${kb(route.weight.htmlBytes)} body (${kb(route.weight.sentBytes)} sent as ${route.weight.sentEncoding})`
          : "",
        route.cache && route.cache !== "hit"
          ? `the response cache answers "${route.cache}" on a repeat request`
          : "",
        route.uncached
          ? `uncached ${int(route.uncached.requestsPerSecond)} req/s, p99 ${p99Figure(route.uncached)}`
          : "",
      ].filter(Boolean);
      const heaviest = route.queries?.statements
        .slice()
        .sort((x, y) => y.rowsPerPage - x.rowsPerPage)[0];
      const lead =
        heaviest && heaviest.rowsPerPage > 50
          ? `; most rows from \`${heaviest.query.replace(/\s+/g, " ").slice(0, 140)}…\``
          : "";
      out.push(`- ${d.title}, ${route.label}: ${why.join("; ")}${lead}.`);
    }
  return out;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const v = verdicts(r);
  const failed = v.filter((x) => x.pass === false).length;
  const fixed = fixedQueryCounts(r);
  const lines: string[] = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench/); run it again rather than editing this file.",
    "",
    `- **Date:** ${m.date}`,
    `- **Commit:** ${m.commit}`,
    `- **Machine:** ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node ${m.node}; 1-minute load average ${m.loadAtStart} when the bench started`,
    `- **Bench took:** ${(r.totalSeconds / 60).toFixed(1)} min (${r.phases.map((p) => `${p.name} ${Math.round(p.seconds)} s`).join(", ")})`,
    "",
    `Method: a production build (\`next build\`, ${Math.round(r.buildSeconds)} s) served by \`scripts/serve.ts\` on its own PostgreSQL, loaded with`,
    `[autocannon](https://github.com/mcollina/autocannon) at ${s.connections} connections for ${s.seconds} s per route after ${s.warmupSeconds} s of warm-up,`,
    "every request accepting br/gzip as a browser does (the front server compresses each page, since each carries its own CSP nonce).",
    "The load generator runs on the same machine as the app and PostgreSQL, so every figure includes their contention for the CPUs;",
    `compare routes within one run, and runs only on the same machine. The ceiling is \`${r.ceilingPath}\`, a page that reads no data, served from the same cache by the same server in the same run.`,
    "",
    `## Targets: ${failed ? `${failed} of ${v.filter((x) => x.pass !== null).length} missed` : "all met"}`,
    "",
    "| target | figure | result |",
    "|---|--:|:-:|",
    ...v.map((x) => `| ${x.target} | ${x.figure} | ${mark(x.pass)} |`),
    "",
    ...scaleSections(r),
  ];
  for (const d of r.datasets) {
    lines.push(
      `## ${d.title[0]!.toUpperCase()}${d.title.slice(1)} (${int(d.companies)} companies)`,
      "",
    );
    if (d.name === "scale" && r.seed) {
      const sd = r.seed;
      lines.push(
        `Seeded with \`npm run seed:synthetic -- --companies ${sd.companies}\` into a fresh database: ${int(sd.clauses)} clauses, ${int(sd.findings)} findings, ${int(sd.evidence)} evidence quotes in **${sd.seconds.toFixed(1)} s** (migrations and the real seed ${sd.prepareSeconds.toFixed(1)} s, planning ${sd.planSeconds.toFixed(1)} s, writing ${sd.writeSeconds.toFixed(1)} s).`,
        "",
      );
    }
    lines.push(
      "As served — through the app's response cache, as visitors get it (the targets apply to these):",
      "",
      ...routeTable(d, "load"),
      "",
    );
    if (d.routes.some((x) => x.uncached))
      lines.push(
        "Uncached — each request carries a cookie, so the front server passes it to Next to render: what a cache miss costs (the first visit to a URL after a seed, or a URL too big to keep):",
        "",
        ...routeTable(d, "uncached"),
        "",
      );
  }
  lines.push(
    "## Queries and payload per page",
    "",
    "Counted with pg_stat_statements over 5 sequential uncached requests after a warm-up request (per-render averages; a cached response costs no query). Body is the response as rendered; sent is what went over the wire to a client accepting br/gzip.",
    "",
    ...queryTable(r),
    "",
    r.datasets.length < 2
      ? "One data set: see the miss path's renders for query counts at different numbers of companies shown and clauses held."
      : fixed.fixed
        ? "Every route runs the same number of queries whatever the number of companies."
        : `The number of queries changes with the number of companies on: ${fixed.differing.join(", ")}.`,
    "",
  );
  if (r.firstLoadJs) {
    const f = r.firstLoadJs;
    lines.push(
      "## First-load JavaScript of the grid",
      "",
      `\`${f.path}\` makes a current browser load ${f.scripts.length} scripts: **${kb(f.gzipBytes)} gzip** (${kb(f.bytes)} uncompressed); target ≤ ${kb(TARGETS.firstLoadJsGzipBytes)}: ${mark(f.gzipBytes <= TARGETS.firstLoadJsGzipBytes)}.`,
      "",
      "| script | gzip | raw |",
      "|---|--:|--:|",
      ...f.scripts.map((x) => `| \`${x.src}\` | ${kb(x.gzipBytes)} | ${kb(x.bytes)} |`),
      "",
      ...(f.legacyOnly?.length
        ? [
            `Not counted: ${f.legacyOnly.map((x) => `\`${x.src}\` (${kb(x.gzipBytes)} gzip)`).join(", ")}, marked \`nomodule\`, which only browsers without ES modules download (Next's polyfills).`,
            "",
          ]
        : []),
    );
  }
  lines.push(
    "## Lighthouse",
    "",
    `\`npx lighthouse@12.2.3\` with its default mobile settings (simulated slow 4G and CPU throttling), headless Debian Chromium. Each page is run ${LIGHTHOUSE_RUNS} times and the run with the median performance score is reported whole (its scores and metrics); a single run moves by several points with nothing changed, and Lighthouse's guidance on variability is that the median of five is about twice as stable. Beside each run's score, Lighthouse's \`benchmarkIndex\`: how fast this machine ran a fixed piece of JavaScript as the run began (higher is faster). The simulated phone is this machine slowed 4×, so on a shared machine the blocking time, and the score, move with it.`,
    "",
  );
  if (r.lighthouseError) lines.push(`Lighthouse could not run: \`${r.lighthouseError}\``, "");
  if (r.lighthouse.length) {
    lines.push(
      "| page | performance | accessibility | best practices | SEO | LCP | TBT | DOM size | performance, every run | CPU index, every run |",
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    );
    for (const run of r.lighthouse) {
      if (!run.scores) lines.push(`| ${run.label} | error: \`${run.error}\` | | | | | | | | |`);
      else
        lines.push(
          `| ${run.label} | ${CATEGORIES.map((c) => `${run.scores![c]} ${mark(run.scores![c] >= TARGETS.lighthouseScore)}`).join(" | ")} | ${run.metrics?.["largest-contentful-paint"]} | ${run.metrics?.["total-blocking-time"]} | ${run.metrics?.["dom-size"]} | ${run.performanceRuns?.join(", ") ?? "–"} | ${run.benchmarkIndexRuns?.map((i) => i?.toLocaleString("en-US") ?? "–").join(", ") ?? "–"} |`,
        );
    }
    lines.push("");
  }
  if (r.searchServerSide) {
    const x = r.searchServerSide;
    lines.push(
      "## Search, server-side",
      "",
      "`lib/queries/search-clauses.ts` (its one statement: the matches found once, counted per company and ranked, and the page of results highlighted) timed in-process on the larger data set, with no HTTP or rendering, over a fixed mix of single words, phrases, `-` exclusions, `or` and filters (`scripts/bench/search-latency.ts`), after one warm-up pass.",
      "",
      ...("error" in x
        ? [`Could not run: ${x.error}`]
        : [
            "| searches | distinct queries | p50 | p95 | p99 | max |",
            "|--:|--:|--:|--:|--:|--:|",
            `| ${int(x.searches)} | ${x.distinct} | ${x.p50.toFixed(1)} ms | ${x.p95.toFixed(1)} ms | ${x.p99.toFixed(1)} ms | ${x.max.toFixed(1)} ms |`,
          ]),
      "",
    );
  }
  lines.push(...machineReadingMarkdown(r.machineReading));
  lines.push(...historySection(r.history));
  if (r.sustained) {
    const x = r.sustained;
    lines.push(
      "## Sustained load",
      "",
      `${x.connections} connections for ${x.seconds} s, each connection going round ${x.paths.map((p) => `\`${p}\``).join(", ")} (the larger data set, as served).`,
      "",
      "| requests | req/s | p50 | p99 | errors | timeouts | non-2xx | 0 errors |",
      "|--:|--:|--:|--:|--:|--:|--:|:-:|",
      `| ${int(x.total)} | ${int(x.requestsPerSecond)} | ${ms(x.p50)} | ${p99Figure(x)} | ${int(x.errors)} | ${int(x.timeouts)} | ${int(x.non2xx)} | ${mark(x.total > 0 && x.errors === 0 && x.non2xx === 0)} |`,
      "",
    );
  }
  if (r.poolSizes.length) {
    lines.push(
      "## Connection pool size",
      "",
      `\`${r.poolSizes[0]!.path}\` on the larger data set at ${s.connections} connections for ${s.poolSeconds} s each (after a 2 s warm-up), uncached (a cached page never touches the pool), with the app restarted for each \`DB_POOL_SIZE\`.`,
      "",
      "| DB_POOL_SIZE | req/s | p50 | p99 | non-2xx | errors |",
      "|--:|--:|--:|--:|--:|--:|",
      ...r.poolSizes.map(
        (p) =>
          `| ${p.size} | ${int(p.load.requestsPerSecond)} | ${ms(p.load.p50)} | ${ms(p.load.p99)} | ${int(p.load.non2xx)} | ${int(p.load.errors)} |`,
      ),
      "",
    );
  }
  const missed = misses(r);
  if (missed.length) lines.push("## Where the routes miss, and what they cost", "", ...missed, "");
  lines.push(
    "## Prerendered routes in this build",
    "",
    r.staticRoutes.length ? r.staticRoutes.map((x) => `\`${x}\``).join(", ") : "none",
    "",
  );
  return lines.join("\n");
}
