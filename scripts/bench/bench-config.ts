import { z } from "zod";

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  BENCH_PORT: int(3300, 1, 65535),
  BENCH_PG_PORT: int(54392, 1, 65535),
  BENCH_PG_DIR: z.string().min(1).default(".data/bench-postgres"),
  /** Measured seconds per route, after BENCH_WARMUP_SECONDS of the same load. */
  BENCH_SECONDS: int(10, 1, 600),
  BENCH_WARMUP_SECONDS: int(3, 0, 60),
  BENCH_CONNECTIONS: int(20, 1, 1000),
  /**
   * Synthetic companies to add for a second, larger data set (0: none). The real data set
   * (307 companies) is the one at scale now; 1000 adds about five minutes.
   */
  BENCH_COMPANIES: int(0, 0, 9999),
  /** Set to 0 to keep the bench database instead of timing the seed into a fresh one (quicker). */
  BENCH_FRESH_SEED: z.enum(["0", "1"]).default("1"),
  BENCH_SUSTAINED_SECONDS: int(60, 1, 3600),
  BENCH_SUSTAINED_CONNECTIONS: int(50, 1, 1000),
  BENCH_POOL_SECONDS: int(5, 1, 600),
  /** Set to 0 to skip the second pass of every route past the response cache. */
  BENCH_UNCACHED: z.enum(["0", "1"]).default("1"),
  /** Set to 1 to also measure the grid past the cache at each DB_POOL_SIZE in turn (slow). */
  BENCH_POOL_SWEEP: z.enum(["0", "1"]).default("0"),
  /** Set to 0 to leave Lighthouse out (e.g. on a machine without Chromium). */
  BENCH_LIGHTHOUSE: z.enum(["0", "1"]).default("1"),
});

export type BenchConfig = z.infer<typeof schema>;

export function readBenchConfig(source: NodeJS.ProcessEnv = process.env): BenchConfig {
  const r = schema.safeParse(source);
  if (!r.success)
    throw new Error(
      `Invalid bench setting:\n${r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  return r.data;
}
