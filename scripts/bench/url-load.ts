import http from "node:http";
import { cpuBetween, type CpuSnapshot } from "./cpu-usage";

/*
 * A load generator for many distinct URLs. autocannon sends each connection through a request
 * list from its start, so 20 connections ask for the same URL at about the same moment and the
 * response cache would answer 19 of them; here every request takes the next URL of one shared
 * list, so a list walked `once` is 100% first visits, and a list walked for some seconds spreads
 * evenly. Each response's status and x-cache header are counted, to prove what was (not) cached.
 */

export type UrlLoad = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  firstError?: string;
  statusCodes: Record<string, number>;
  /** The front server's x-cache header per response ("none" when absent: passed straight to Next). */
  cache: Record<string, number>;
  /** Bytes received per response (compressed, as sent). */
  bytesPerRequest: number;
  /** CPU milliseconds per response: the app's processes and PostgreSQL's (Linux only). */
  cpu?: { appMsPerRequest: number; dbMsPerRequest: number };
};

export type UrlLoadOptions = {
  base: string;
  paths: readonly string[];
  connections: number;
  headers: Record<string, string>;
  /** Walk the list once (each URL exactly once), or round and round for this many seconds. */
  mode: { once: true } | { seconds: number };
  timeoutMs?: number;
  /** Reads the CPU used so far by the app and PostgreSQL, to report CPU per response. */
  cpu?: (() => CpuSnapshot) | null;
};

type One = { ms: number; status: number; cache: string; bytes: number } | { error: string };

function getOnce(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<One> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(url, { agent, headers, timeout: timeoutMs }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () =>
        resolve({
          ms: performance.now() - started,
          status: res.statusCode ?? 0,
          cache: String(res.headers["x-cache"] ?? "none"),
          bytes,
        }),
      );
      res.on("error", (e) => resolve({ error: e.message }));
    });
    req.on("timeout", () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on("error", (e) => resolve({ error: e.message }));
  });
}

/** The value at percentile `p` of sorted `xs`, rounded to 0.1 ms. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const v = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return Math.round(v * 10) / 10;
}

export async function loadUrls(opts: UrlLoadOptions): Promise<UrlLoad> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const cache: Record<string, number> = {};
  let errors = 0;
  let firstError: string | undefined;
  let bytes = 0;
  let next = 0;
  const cpuBefore = opts.cpu?.();
  const started = performance.now();
  const deadline = "seconds" in opts.mode ? started + opts.mode.seconds * 1000 : Infinity;
  const take = (): string | undefined => {
    if ("once" in opts.mode) return opts.paths[next++];
    if (performance.now() >= deadline) return undefined;
    return opts.paths[next++ % opts.paths.length];
  };
  const worker = async () => {
    for (let path = take(); path !== undefined; path = take()) {
      const r = await getOnce(agent, new URL(path, opts.base), opts.headers, timeoutMs);
      if ("error" in r) {
        errors++;
        firstError ??= r.error;
        continue;
      }
      latencies.push(r.ms);
      statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
      cache[r.cache] = (cache[r.cache] ?? 0) + 1;
      bytes += r.bytes;
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = opts.cpu?.();
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    seconds,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    non2xx: Object.entries(statusCodes)
      .filter(([code]) => !code.startsWith("2"))
      .reduce((s, [, n]) => s + n, 0),
    errors,
    ...(firstError ? { firstError } : {}),
    statusCodes,
    cache,
    bytesPerRequest: requests ? Math.round(bytes / requests) : 0,
    ...(cpuBefore && cpuAfter && requests
      ? (() => {
          const used = cpuBetween(cpuBefore, cpuAfter);
          return {
            cpu: { appMsPerRequest: used.appMs / requests, dbMsPerRequest: used.dbMs / requests },
          };
        })()
      : {}),
  };
}
