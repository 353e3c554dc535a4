import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  bytesPerRequest: number;
  /** The first connection error's message, if any: the lead when a run fails outright. */
  firstError?: string;
  /** Responses by status code, kept when some were not 2xx. */
  statusCodes?: Record<string, number>;
};

/**
 * Waits until the app answers `probe` quickly again: requests cut off when a run ends are still
 * being rendered (a slow route can leave seconds of work behind), and would slow the next run.
 */
export async function waitUntilIdle(
  probe: { url: string; headers?: Record<string, string> },
  maxMs = 60_000,
): Promise<number> {
  const started = Date.now();
  let quick = 0;
  while (Date.now() - started < maxMs && quick < 2) {
    const t = performance.now();
    try {
      await (
        await fetch(probe.url, { headers: probe.headers, signal: AbortSignal.timeout(10_000) })
      ).arrayBuffer();
      quick = performance.now() - t < 100 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick < 2) await new Promise((r) => setTimeout(r, 250));
  }
  return Date.now() - started;
}

type Run = {
  url: string;
  connections: number;
  seconds: number;
  requests?: autocannon.Request[];
  headers?: Record<string, string>;
};

function run(opts: Run): Promise<autocannon.Result & { firstError?: string }> {
  return new Promise((resolve, reject) => {
    let firstError: string | undefined;
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.seconds,
        timeout: 10,
        requests: opts.requests,
        headers: opts.headers,
      },
      (err, result) => (err ? reject(err) : resolve({ ...result, firstError })),
    );
    instance.on("reqError", (e: Error) => {
      firstError ??= e.message;
    });
  });
}

function summarise(r: autocannon.Result & { firstError?: string }): LoadResult {
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerRequest: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    ...(r.firstError ? { firstError: r.firstError } : {}),
    ...(r.non2xx
      ? {
          statusCodes: Object.fromEntries(
            Object.entries(r.statusCodeStats ?? {}).map(([code, v]) => [code, v.count ?? 0]),
          ),
        }
      : {}),
  };
}

/** A short warm-up (JIT, connection pool, Next's caches), then the measured run at the same load. */
export async function measure(
  opts: Run & {
    warmupSeconds: number;
    idleProbe?: { url: string; headers?: Record<string, string> };
  },
): Promise<LoadResult> {
  if (opts.warmupSeconds > 0) await run({ ...opts, seconds: opts.warmupSeconds });
  const result = summarise(await run(opts));
  if (opts.idleProbe) await waitUntilIdle(opts.idleProbe);
  return result;
}
