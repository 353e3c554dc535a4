import http from "node:http";

/** Pages whose first render loads heavy modules: the grid, a company page, machine reading (its model). */
export const WARM_UP_PATHS = ["/", "/companies/mozy", "/analyze"] as const;

/*
 * `next start` loads a route's code on its first request; /analyze's includes the classifier's
 * weights (a few megabytes of JSON). Asking Next for a few pages before the app opens its port
 * means the first visitors, and a test suite started the moment the port opens, do not pay for
 * that while the machine is busy (the history loads in the background after start). A page that
 * fails or is slow is not an error here: the app serves anyway.
 */
export async function warmUp(
  port: number,
  paths: readonly string[] = WARM_UP_PATHS,
  timeoutMs = 60_000,
): Promise<number> {
  let warmed = 0;
  const deadline = Date.now() + timeoutMs;
  for (const path of paths) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port, path, timeout: left }, (res) => {
        res.resume();
        res.on("end", () => resolve((res.statusCode ?? 500) < 500));
        res.on("error", () => resolve(false));
      });
      req.on("timeout", () => req.destroy());
      req.on("error", () => resolve(false));
    });
    if (ok) warmed++;
  }
  return warmed;
}
