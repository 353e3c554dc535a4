import { describe, expect, it } from "vitest";
import type { LoadResult } from "./load";
import { fixedQueryCounts, renderMarkdown, verdicts } from "./report";
import type { BenchResults, RouteResult } from "./results";

const load = (over: Partial<LoadResult>): LoadResult => ({
  requestsPerSecond: 100,
  p50: 10,
  p99: 50,
  total: 1000,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  bytesPerRequest: 1000,
  ...over,
});
const route = (over: Partial<RouteResult>): RouteResult => ({
  key: "grid",
  label: "grid",
  path: "/",
  kind: "grid",
  status: 200,
  ...over,
});
const queries = (perPage: number) => ({ perPage, rowsPerPage: 10, dbMsPerPage: 1, statements: [] });

function results(routes: RouteResult[], scaleRoutes: RouteResult[] = routes): BenchResults {
  return {
    machine: {
      date: "2026-01-01T00:00:00Z",
      commit: "abc1234",
      cpus: 2,
      cpuModel: "Test CPU",
      memoryGiB: 24,
      node: "v20",
      loadAtStart: 0.1,
    },
    settings: {
      connections: 20,
      seconds: 10,
      warmupSeconds: 3,
      sustainedConnections: 50,
      sustainedSeconds: 60,
      poolSeconds: 5,
    },
    buildSeconds: 30,
    staticRoutes: ["/about"],
    ceilingPath: "/about",
    datasets: [
      { name: "real", title: "real", companies: 5, routes },
      { name: "scale", title: "scale", companies: 1005, routes: scaleRoutes },
    ],
    lighthouse: [],
    poolSizes: [],
    phases: [],
    totalSeconds: 600,
  };
}

describe("the bench's verdicts", () => {
  it("fails a route whose run completed no response rather than passing it with 0 ms", () => {
    const v = verdicts(
      results([route({ load: load({ total: 0, p99: 0, requestsPerSecond: 0 }) })]),
    );
    expect(v.find((x) => x.target.includes("p99"))).toMatchObject({
      pass: false,
      figure: "no response completed",
    });
  });

  it("judges a grid route by its share of the ceiling", () => {
    const v = verdicts(
      results([
        route({ load: load({}), ratio: 0.49 }),
        route({ key: "grid-2", label: "other grid", load: load({}), ratio: 0.5 }),
      ]),
    );
    const shares = v.filter((x) => x.target.includes("ceiling"));
    expect(shares.map((x) => x.pass)).toEqual([false, true, false, true]);
  });

  it("marks what could not be measured as neither pass nor fail, and leaves out what was not run", () => {
    const v = verdicts(results([]));
    // The synthetic data set is optional (BENCH_COMPANIES): no verdict at all without it.
    expect(v.find((x) => x.target.includes("synthetic seed"))).toBeUndefined();
    expect(v.find((x) => x.target.includes("first-load"))?.pass).toBeNull();
    const failed = verdicts({
      ...results([]),
      corpusSeed: { error: "x" },
      missPath: { error: "y" },
    });
    expect(failed.filter((x) => /corpus seed|second start|miss path/.test(x.target))).toHaveLength(
      3,
    );
    expect(
      failed
        .filter((x) => /corpus seed|second start|miss path/.test(x.target))
        .every((x) => x.pass === null),
    ).toBe(true);
  });

  it("notices when a route's query count grows with the number of companies", () => {
    const same = fixedQueryCounts(
      results([route({ queries: queries(3) })], [route({ queries: queries(3) })]),
    );
    const grows = fixedQueryCounts(
      results([route({ queries: queries(3) })], [route({ queries: queries(1003) })]),
    );
    expect(same).toEqual({ fixed: true, differing: [] });
    expect(grows.fixed).toBe(false);
    expect(grows.differing[0]).toContain("3 → 1003");
  });

  it("writes the date, commit and machine at the top of the report", () => {
    const md = renderMarkdown(results([route({ load: load({}), ratio: 0.8 })]));
    expect(md).toContain("2026-01-01T00:00:00Z");
    expect(md).toContain("abc1234");
    expect(md).toContain("2 CPUs (Test CPU), 24 GiB");
  });
});
