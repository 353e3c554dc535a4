import http from "node:http";

/** Headers that describe one connection, or that the front server sets itself. */
const DROPPED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer",
  "content-length",
  "content-security-policy",
  "x-powered-by",
]);

export type UpstreamResponse = { status: number; headers: Record<string, string>; body: Buffer };

export type Upstream = {
  /** Forwards the request and reads the whole response. Rejects when Next cannot be reached. */
  load: (
    req: http.IncomingMessage,
    path: string,
    headers: http.IncomingHttpHeaders,
  ) => Promise<UpstreamResponse>;
  /**
   * Forwards the request; `onResponse` decides what to do with Next's answer (usually to pipe it,
   * or read it whole with `readBody`). `onError` runs when Next cannot be reached.
   */
  forward: (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    headers: http.IncomingHttpHeaders,
    onResponse: (up: http.IncomingMessage, headers: Record<string, string>) => void,
    onError: (e: Error) => void,
  ) => void;
  close: () => void;
  /** Requests each Next process has in hand, in the order of the ports given. */
  inFlight: () => number[];
};

/** Next's response headers, less those that only concern its hop. */
export function forwardedHeaders(up: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(up.headers)) {
    if (v === undefined || DROPPED.has(k)) continue;
    out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

export function readBody(up: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    up.on("data", (c: Buffer) => chunks.push(c));
    up.on("end", () => resolve(Buffer.concat(chunks)));
    up.on("error", reject);
  });
}

/** Methods whose requests carry no body we would have to replay. */
const BODILESS = new Set(["GET", "HEAD"]);

/**
 * A request sent on a kept-alive socket that Next closed at that very moment (its idle timeout)
 * fails before any answer: the one failure worth a second try, on a new connection (other idle
 * sockets may be as stale), and only without a body to replay.
 */
const isStaleSocket = (req: http.ClientRequest, e: NodeJS.ErrnoException) =>
  req.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE");

/** Which of Next's processes a URL goes to when none is much busier (FNV-1a of path and query). */
export function homeOf(path: string, processes: number): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619);
  return (h >>> 0) % processes;
}

/** Requests a process may have beyond the least busy one's before a path leaves its home. */
const SPILL = 2;

/**
 * The way to `next start` on its private ports (one per Next process), over pools of kept-alive
 * sockets. Each request goes to its URL's home process, so a company page read into one
 * process's memory is found there again, unless that process already has SPILL more requests
 * in hand than the least busy one: then to that one, so no process queues while another idles.
 */
export function createUpstream(ports: readonly number[]): Upstream {
  const targets = ports.map((port) => ({ port, inFlight: 0 }));
  if (!targets.length) throw new Error("createUpstream needs at least one port");
  const pick = (path: string) => {
    const home = targets[homeOf(path, targets.length)]!;
    const idlest = targets.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    return home.inFlight - idlest.inFlight > SPILL ? idlest : home;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const request = (
    method: string | undefined,
    path: string,
    headers: http.IncomingHttpHeaders,
    fresh: boolean,
  ) => {
    const target = pick(path);
    target.inFlight++;
    const req = http.request({
      host: "127.0.0.1",
      port: target.port,
      method,
      path,
      headers,
      agent: fresh ? false : agent,
    });
    // Emitted once, when the response has been read or the request failed or was abandoned.
    req.once("close", () => target.inFlight--);
    return req;
  };

  const forward: Upstream["forward"] = (req, res, path, headers, onResponse, onError) => {
    const bodiless = BODILESS.has(req.method ?? "GET");
    // Set when the visitor leaves before the answer is complete: the request to Next is then
    // ended by us, and its error is no failure of Next's. Nobody is left to answer (a 502 would
    // only be written to a closed socket and counted as an error where none happened).
    let left = false;
    let current: http.ClientRequest;
    const send = (mayRetry: boolean) => {
      // A request with a body cannot be sent again, so it never risks a kept-alive socket
      // that Next may be closing: it gets a connection of its own (on this host, ~0.1 ms).
      const upstream = (current = request(req.method, path, headers, !mayRetry || !bodiless));
      upstream.on("response", (up) => onResponse(up, forwardedHeaders(up)));
      upstream.on("error", (e: NodeJS.ErrnoException) => {
        if (left) return;
        if (mayRetry && bodiless && isStaleSocket(upstream, e)) return send(false);
        onError(e);
      });
      if (bodiless) {
        req.resume();
        upstream.end();
      } else req.pipe(upstream);
    };
    // A visitor who leaves before the response is complete must not strand its socket to Next:
    // once the agent's 64 are stranded, nothing reaches Next any more.
    res.on("close", () => {
      if (res.writableFinished) return;
      left = true;
      current.destroy();
    });
    send(true);
  };

  const load: Upstream["load"] = (req, path, headers) =>
    new Promise((resolve, reject) => {
      const send = (mayRetry: boolean) => {
        const upstream = request(req.method, path, headers, !mayRetry);
        upstream.on("response", (up) => {
          readBody(up).then(
            (body) =>
              resolve({ status: up.statusCode ?? 502, headers: forwardedHeaders(up), body }),
            reject,
          );
        });
        upstream.on("error", (e: NodeJS.ErrnoException) =>
          mayRetry && isStaleSocket(upstream, e) ? send(false) : reject(e),
        );
        upstream.end();
      };
      send(true);
    });

  return {
    load,
    forward,
    close: () => agent.destroy(),
    inFlight: () => targets.map((t) => t.inFlight),
  };
}
