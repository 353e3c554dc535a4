import { describe, expect, it } from "vitest";
import type { SeedRun } from "./corpus-seed";
import type { MissPathResult } from "./miss-path";
import { scaleSections, scaleVerdicts } from "./miss-path-report";
import type { UrlLoad } from "./url-load";

const load = (over: Partial<UrlLoad>): UrlLoad => ({
  requests: 1000,
  seconds: 10,
  requestsPerSecond: 100,
  p50: 50,
  p90: 80,
  p99: 150,
  max: 200,
  non2xx: 0,
  errors: 0,
  statusCodes: { "200": 1000 },
  cache: { none: 1000 },
  bytesPerRequest: 10_000,
  ...over,
});
const seed = (over: Partial<SeedRun>): SeedRun => ({
  skipped: false,
  seconds: 25,
  cpuSeconds: 40,
  migrateSeconds: 0.3,
  companies: 307,
  machineCompanies: 302,
  clauses: 40_000,
  loadAverage: 1,
  ...over,
});
const floor = load({ requestsPerSecond: 200 });
const miss = (over: {
  grid?: number;
  mixP99?: number;
  mixCache?: Record<string, number>;
}): MissPathResult => ({
  floor: { path: "/bench/render-floor", before: floor, after: floor, requestsPerSecond: 200 },
  routes: [
    {
      key: "grid",
      label: "grid",
      urls: 200,
      example: "/?companies=a,b",
      load: load({ requestsPerSecond: over.grid ?? 100 }),
      ratio: (over.grid ?? 100) / 200,
    },
    {
      key: "search",
      label: "search",
      urls: 200,
      example: "/search?q=a",
      load: load({}),
      ratio: 0.5,
    },
  ],
  mix: {
    ...load({ p99: over.mixP99 ?? 150, requests: 400, cache: over.mixCache ?? { miss: 400 } }),
    grids: 200,
    searches: 200,
    seed: 11,
  },
  renders: [
    {
      label: "grid, 2 companies",
      path: "/?a",
      firstMs: 10,
      ms: 5,
      queries: 3,
      rows: 10,
      dbMs: 1,
      htmlBytes: 1000,
      payloadBytes: 400,
    },
    {
      label: "grid, 5 companies",
      path: "/?b",
      firstMs: 10,
      ms: 5,
      queries: 3,
      rows: 10,
      dbMs: 1,
      htmlBytes: 1000,
      payloadBytes: 400,
    },
  ],
  connections: 20,
  seconds: 10,
  warmupSeconds: 3,
});

describe("the verdicts of speed at real scale", () => {
  it("passes the seed within 30 s and a skipped second start within 2 s, and fails either beyond", () => {
    const ok = scaleVerdicts({
      corpusSeed: { fresh: seed({}), unchanged: seed({ skipped: true, seconds: 0.5 }) },
    });
    expect(ok.map((v) => v.pass)).toEqual([true, true]);
    const slow = scaleVerdicts({
      corpusSeed: {
        fresh: seed({ seconds: 31 }),
        unchanged: seed({ skipped: false, seconds: 0.5 }),
      },
    });
    expect(slow.map((v) => v.pass)).toEqual([false, false]);
  });

  it("compares each route with the render floor, and the mix with 200 ms", () => {
    const v = scaleVerdicts({ missPath: miss({ grid: 90 }) });
    expect(v.find((x) => x.target.includes("uncached grid"))?.pass).toBe(false);
    expect(v.find((x) => x.target.includes("uncached search"))?.pass).toBe(true);
    expect(v.find((x) => x.target.includes("mix"))?.pass).toBe(true);
    expect(
      scaleVerdicts({ missPath: miss({ mixP99: 201 }) }).find((x) => x.target.includes("mix"))
        ?.pass,
    ).toBe(false);
  });

  it("fails the mix when any of its responses came from the cache", () => {
    const v = scaleVerdicts({ missPath: miss({ mixCache: { miss: 399, hit: 1 } }) });
    const mix = v.find((x) => x.target.includes("mix"))!;
    expect(mix.pass).toBe(false);
    expect(mix.figure).toContain("1 not rendered");
  });

  it("checks that renders of different sizes run the same number of queries", () => {
    const v = scaleVerdicts({ missPath: miss({}) });
    expect(v.find((x) => x.target.includes("queries per render"))?.pass).toBe(true);
  });

  it("writes the sections with their tables", () => {
    const md = scaleSections({
      missPath: miss({}),
      corpusSeed: { fresh: seed({}), unchanged: seed({ skipped: true }) },
    }).join("\n");
    expect(md).toContain("## Corpus seed at start-up");
    expect(md).toContain("### The miss-heavy mix");
    expect(md).toContain("| grid (e.g. `/?companies=a,b`) | 200 | 100 | 0.50× |");
  });
});
