import type { CorpusSeedReading } from "./corpus-seed";
import type { HistoryBench } from "./history-bench";
import type { LoadResult } from "./load";
import type { LighthouseRun } from "./lighthouse";
import type { MachineReadingResult } from "./machine-reading";
import type { Machine } from "./machine";
import type { MissPathResult } from "./miss-path";
import type { FirstLoadJs, PageWeight } from "./page-weight";

export type RouteKind = "ceiling" | "grid" | "page" | "api";
export type RouteSpec = { key: string; label: string; path: string; kind: RouteKind };

export type QueryReading = {
  perPage: number;
  rowsPerPage: number;
  dbMsPerPage: number;
  statements: Array<{ query: string; callsPerPage: number; rowsPerPage: number }>;
};

export type RouteResult = RouteSpec & {
  status: number;
  /** Why the route was not measured (e.g. it answers 404 on this branch). */
  skipped?: string;
  weight?: PageWeight;
  /** The front server's x-cache header on a repeat request: "hit", or "miss" for what it does not keep. */
  cache?: string;
  queries?: QueryReading;
  /** As served: through the front server's response cache, as every visitor gets it. */
  load?: LoadResult;
  /** Requests per second as a share of the static ceiling's, in the same run. */
  ratio?: number;
  /** With a cookie, which the front server never answers from its cache: Next renders every request. */
  uncached?: LoadResult;
  uncachedRatio?: number;
};

export type DatasetResult = {
  name: "real" | "scale";
  title: string;
  companies: number;
  routes: RouteResult[];
};

export type SeedReading = {
  companies: number;
  clauses: number;
  findings: number;
  evidence: number;
  seconds: number;
  prepareSeconds: number;
  planSeconds: number;
  writeSeconds: number;
};

export type BenchResults = {
  machine: Machine;
  settings: {
    connections: number;
    seconds: number;
    warmupSeconds: number;
    sustainedConnections: number;
    sustainedSeconds: number;
    poolSeconds: number;
  };
  buildSeconds: number;
  staticRoutes: string[];
  ceilingPath: string;
  datasets: DatasetResult[];
  seed?: SeedReading;
  firstLoadJs?: FirstLoadJs & { path: string };
  lighthouse: Array<LighthouseRun & { label: string }>;
  lighthouseError?: string;
  sustained?: LoadResult & { paths: string[]; connections: number; seconds: number };
  poolSizes: Array<{ size: number; path: string; load: LoadResult }>;
  /** lib/queries/search-clauses.ts timed in-process on the larger data set (no HTTP, no rendering). */
  searchServerSide?:
    | { searches: number; distinct: number; p50: number; p95: number; p99: number; max: number }
    | { error: string };
  /** The whole seed into a fresh database, then a second start with the same files. */
  corpusSeed?: CorpusSeedReading;
  /** Renders past the response cache on the real data set, against the render floor. */
  missPath?: MissPathResult;
  machineReading?: MachineReadingResult;
  /** The policy history: first load, second start, comparisons and timeline (history-bench.ts). */
  history?: HistoryBench;
  phases: Array<{ name: string; seconds: number }>;
  totalSeconds: number;
};
