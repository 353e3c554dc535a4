import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { guardRequest } from "../request-guard";
import { gateAnalyzePost } from "./analyze-gate";
import type { DataVersionState } from "./data-version";
import { assembleGzip, deflateParts } from "./nonce-gzip";
import { ResponseCache, joinWith, splitAt, type CachedResponse } from "./response-cache";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./security-headers";
import { unavailablePage } from "./unavailable-page";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Per-response bodies get fast settings; bodies compressed once for the cache get the best. */
function compress(body: Buffer, encoding: "br" | "gzip", best: boolean): Promise<Buffer> {
  if (encoding === "gzip") return gzip(body, { level: best ? 9 : 4 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

async function compressedOnce(
  entry: CachedResponse,
  encoding: "br" | "gzip",
  body: Buffer,
): Promise<Buffer> {
  entry.compressed ??= {};
  entry.compressed[encoding] ??= compress(body, encoding, true);
  return entry.compressed[encoding];
}

type Options = {
  nextPort: number;
  dev: boolean;
  cacheBytes: number;
  state: () => DataVersionState;
};

const lowerCaseKeys = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * Next stamps its scripts with the request's nonce only when it renders; a page prerendered at
 * build time (or the static 404) has none, and the policy would block it. Our own build output
 * is the only HTML here, and Next escapes "<" inside inline data, so every "<script" is a tag.
 */
export function stampNonce(body: Buffer, nonce: string): Buffer {
  const text = body.toString("utf8");
  if (text.includes(`nonce="${nonce}"`) || !text.includes("<script")) return body;
  return Buffer.from(
    text
      .replace(/<script(?![^>]*\bnonce=)(?=[\s>])/g, `<script nonce="${nonce}"`)
      // Script preloads are checked against the policy too.
      .replace(/<link(?![^>]*\bnonce=)(?=[^>]*\bas="script")/g, `<link nonce="${nonce}"`),
  );
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer",
  "content-length",
]);
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;
const MAX_CACHED_BODY = 4 * 1024 * 1024;

/** Only whole-document and API GETs without per-user state are shared between visitors. */
function cacheable(req: http.IncomingMessage, path: string): boolean {
  if (req.method !== "GET") return false;
  if (
    req.headers.cookie ||
    req.headers.authorization ||
    req.headers.rsc ||
    req.headers["next-router-state-tree"]
  )
    return false;
  if (path.startsWith("/api/health") || path.includes("_rsc=")) return false;
  // Parameters no route reads would only fill the cache with copies; serve them uncached.
  const query = path.indexOf("?");
  if (query >= 0) {
    for (const key of new URLSearchParams(path.slice(query + 1)).keys())
      if (!CACHED_PARAMS.has(key)) return false;
  }
  return true;
}

const CACHED_PARAMS = new Set(["practices", "companies", "rating", "page", "q", "limit", "format"]);

const needsDatabase = (path: string) =>
  !path.startsWith("/_next/") &&
  !/^\/(icon\.svg|favicon\.ico|robots\.txt)/.test(path) &&
  !path.startsWith("/api/health");

/*
 * The app's public HTTP server, in front of `next start` on a private port:
 *  - puts the security headers (with a fresh CSP nonce) on every response;
 *  - serves rendered pages and API responses from memory until the data version changes
 *    (data changes only when a seed runs, and the seed announces it), substituting a fresh
 *    nonce into each cached page, so the cost of a page is paid once per seed;
 *  - answers 503 itself while the database is down, and recovers when it returns.
 */
export function createFrontServer(opts: Options): { server: http.Server; cache: ResponseCache } {
  const cache = new ResponseCache(opts.cacheBytes);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const inflight = new Map<string, Promise<CachedResponse | null>>();

  const server = http.createServer((req, res) => {
    const nonce = newNonce();
    const path = req.url ?? "/";
    for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, opts.dev));
    const accepted = String(req.headers["accept-encoding"] ?? "");
    const acceptsGzip = /\bgzip\b/.test(accepted);
    const encoding = /\bbr\b/.test(accepted) ? "br" : acceptsGzip ? "gzip" : null;

    // `stable` bodies (no nonce inside) are compressed once, at the highest level, and kept.
    // `cached` bodies are compressed from pieces made once: whole when they hold no nonce,
    // part by part around the nonce otherwise (lib/server/nonce-gzip.ts).
    // The plain body is only joined when it is sent as is or compressed per response: a gzipped
    // cache hit is assembled from its parts without it.
    const send = async (
      status: number,
      headers: Record<string, string>,
      body: Buffer | (() => Buffer),
      cached?: CachedResponse,
    ) => {
      const plain = typeof body === "function" ? body : () => body;
      let out: Buffer | undefined;
      let used = encoding;
      if (
        encoding &&
        (cached?.bytes ?? plain().length) > 1024 &&
        COMPRESSIBLE.test(headers["content-type"] ?? "")
      ) {
        if (cached && cached.parts.length === 1)
          out = await compressedOnce(cached, encoding, cached.parts[0]!);
        else if (cached && acceptsGzip) {
          cached.deflated ??= deflateParts(cached.parts);
          out = assembleGzip(cached.parts, cached.deflated, nonce);
          used = "gzip";
        } else out = await compress(plain(), encoding, false);
        headers = {
          ...headers,
          "content-encoding": used!,
          vary: headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding",
        };
      }
      out ??= plain();
      res.writeHead(status, { ...headers, "content-length": String(out.length) });
      res.end(req.method === "HEAD" ? undefined : out);
    };

    // Paths Next cannot decode and methods no route serves are answered here (lib/request-guard.ts).
    const pathname = path.split(/[?#]/)[0]!;
    const guard = guardRequest(req.method ?? "GET", pathname) ?? gateAnalyzePost(req, pathname);
    if (guard) {
      req.resume();
      void send(guard.status, lowerCaseKeys(guard.headers), Buffer.from(guard.body));
      return;
    }

    const state = opts.state();
    if (!state.up && needsDatabase(path)) {
      const isApi = path.startsWith("/api/");
      const body = isApi
        ? JSON.stringify({
            error: "The database is temporarily unavailable. Please retry shortly.",
          })
        : unavailablePage(nonce);
      void send(
        503,
        {
          "content-type": isApi ? "application/json" : "text/html; charset=utf-8",
          "retry-after": "10",
          "cache-control": "no-store",
        },
        Buffer.from(body),
      );
      return;
    }

    const useCache = !opts.dev && cacheable(req, path);
    const key = `${state.version}|${path}`;
    const serveHit = (hit: CachedResponse, how: string) =>
      void send(
        hit.status,
        { ...hit.headers, "x-cache": how },
        () => joinWith(hit.parts, nonce),
        hit,
      );
    if (useCache) {
      const hit = cache.get(key);
      if (hit) return serveHit(hit, "hit");
      // Concurrent misses for one URL wait for the first render instead of rendering it again.
      const pending = inflight.get(key);
      if (pending) {
        void pending.then((entry) => (entry ? serveHit(entry, "coalesced") : forward(false)));
        return;
      }
    }
    forward(useCache);

    function forward(leader: boolean) {
      let settle: (e: CachedResponse | null) => void = () => undefined;
      if (leader) inflight.set(key, new Promise((r) => (settle = r)));
      const done = (entry: CachedResponse | null) => {
        if (!leader) return;
        inflight.delete(key);
        settle(entry);
      };

      // Next reads the nonce for its inline scripts from the request's CSP header.
      const headers = {
        ...req.headers,
        "content-security-policy": contentSecurityPolicy(nonce, opts.dev),
      };
      if (leader) delete headers["accept-encoding"];
      const upstream = http.request(
        { host: "127.0.0.1", port: opts.nextPort, method: req.method, path, headers, agent },
        (up) => {
          const outHeaders: Record<string, string> = {};
          for (const [k, v] of Object.entries(up.headers)) {
            if (
              v === undefined ||
              HOP_BY_HOP.has(k) ||
              k === "content-security-policy" ||
              k === "x-powered-by"
            )
              continue;
            outHeaders[k] = Array.isArray(v) ? v.join(", ") : v;
          }
          const status = up.statusCode ?? 502;
          const html = /^text\/html/.test(up.headers["content-type"] ?? "");
          if (!leader && !html) {
            if (up.headers["content-length"])
              outHeaders["content-length"] = up.headers["content-length"];
            res.writeHead(status, outHeaders);
            up.pipe(res);
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          up.on("data", (c: Buffer) => {
            size += c.length;
            chunks.push(c);
          });
          up.on("end", () => {
            const body = html ? stampNonce(Buffer.concat(chunks), nonce) : Buffer.concat(chunks);
            let entry: CachedResponse | null = null;
            if (!leader) return void send(status, outHeaders, body);
            if (
              status === 200 &&
              size <= MAX_CACHED_BODY &&
              !up.headers["set-cookie"] &&
              opts.state().version === state.version
            ) {
              entry = {
                status,
                headers: outHeaders,
                parts: splitAt(body, nonce),
                bytes: body.length,
              };
              cache.set(key, entry);
            }
            done(entry);
            void send(status, { ...outHeaders, "x-cache": "miss" }, body, entry ?? undefined);
          });
          up.on("error", () => {
            done(null);
            res.destroy();
          });
        },
      );
      upstream.on("error", () => {
        done(null);
        if (res.headersSent) return res.destroy();
        void send(
          502,
          { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
          Buffer.from("The app is starting or restarting; please retry in a moment.\n"),
        );
      });
      // A visitor who leaves before a passed-through response is complete must not strand its
      // socket to Next: once the agent's 64 are stranded, nothing reaches Next any more.
      if (!leader) res.on("close", () => res.writableFinished || upstream.destroy());
      req.pipe(upstream);
    }
  });
  server.keepAliveTimeout = 65_000;
  return { server, cache };
}
