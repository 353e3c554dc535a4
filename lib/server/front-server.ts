import http from "node:http";
import { guardRequest } from "../request-guard";
import { requestMayUseCache, responseMayBeStored, type QueryKeysFor } from "./cache-policy";
import { DATA_VERSION_HEADER } from "../db/data-version";
import type { DataVersionState } from "./data-version-watcher";
import { asksForDocument, DOCUMENT_RENDER_HEADER } from "./document-render";
import {
  acceptedEncodings,
  encodeCached,
  encodedHeaders,
  encodeFresh,
  type Encoded,
} from "./encoder";
import {
  createResponseCache,
  splitAt,
  type CachedResponse,
  type ResponseCache,
} from "./response-cache";
import { gateAnalyzePost } from "./analyze-gate";
import { isNotModified, lastModifiedOf, notModifiedHeaders } from "./conditional-get";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./security-headers";
import { unavailablePage } from "./standalone-page";
import { createUpstream, readBody, type UpstreamResponse } from "./upstream";

type Options = {
  /** One per `next start` process. */
  nextPorts: readonly number[];
  cacheBytes: number;
  state: () => DataVersionState;
  /** The query parameters each route reads (lib/params/route-params.ts). */
  queryKeys: QueryKeysFor;
};

const lowerCaseKeys = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

const needsDatabase = (path: string) =>
  !path.startsWith("/_next/") &&
  !/^\/(icon\.svg|favicon\.ico|robots\.txt)/.test(path) &&
  !path.startsWith("/api/health");

/** A visitor is about to get a 502: say why, so an intermittent one can be traced. */
const logUnreachable = (method: string | undefined, path: string, e: Error) =>
  console.error(
    `[policy-atlas] 502 for ${method} ${path.slice(0, 200)}: Next did not answer (${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message})`,
  );

const UNREACHABLE = {
  status: 502,
  headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  body: Buffer.from("The app is starting or restarting; please retry in a moment.\n"),
};

/*
 * The app's public HTTP server, in front of `next start` on a private port:
 *  - puts the security headers (with a fresh CSP nonce) on every response;
 *  - serves rendered pages and API responses from memory until the data version changes, when
 *    the request and the route allow it (cache-policy.ts), substituting a fresh nonce into each
 *    cached page, so the cost of a page is paid once per seed;
 *  - compresses (encoder.ts);
 *  - answers 503 itself while the database is down, and recovers when it returns.
 */
export function createFrontServer(opts: Options): { server: http.Server; cache: ResponseCache } {
  const cache = createResponseCache(opts.cacheBytes);
  const upstream = createUpstream(opts.nextPorts);

  const server = http.createServer((req, res) => {
    const nonce = newNonce();
    const path = req.url ?? "/";
    const csp = contentSecurityPolicy(nonce);
    for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader("Content-Security-Policy", csp);
    const accepts = acceptedEncodings(req.headers["accept-encoding"]);

    const write = (status: number, headers: Record<string, string>, encoded: Encoded) => {
      res.writeHead(status, encodedHeaders(headers, encoded));
      res.end(req.method === "HEAD" ? undefined : encoded.body);
    };
    /** Adds Last-Modified to a tagged response and answers 304 when the client's copy is current. */
    const answeredNotModified = (status: number, headers: Record<string, string>) => {
      const modified = headers.etag ? lastModifiedOf(opts.state().version) : undefined;
      if (modified) headers["last-modified"] = modified;
      if (!isNotModified(req, status, headers)) return false;
      res.writeHead(304, notModifiedHeaders(headers));
      res.end();
      return true;
    };
    const sendFresh = async (r: UpstreamResponse, extra: Record<string, string> = {}) => {
      const headers = { ...r.headers, ...extra };
      if (answeredNotModified(r.status, headers)) return;
      write(r.status, headers, await encodeFresh(r.headers, r.body, accepts));
    };
    const sendCached = async (entry: CachedResponse, how: string) => {
      const headers = { ...entry.headers, "x-cache": how };
      if (answeredNotModified(entry.status, headers)) return;
      write(entry.status, headers, await encodeCached(entry, nonce, accepts));
    };

    // Paths Next cannot decode and methods no route serves are answered here (lib/request-guard.ts).
    const pathname = path.split(/[?#]/)[0]!;
    const guard = guardRequest(req.method ?? "GET", pathname) ?? gateAnalyzePost(req, pathname);
    if (guard) {
      req.resume();
      void sendFresh({
        status: guard.status,
        headers: lowerCaseKeys(guard.headers),
        body: Buffer.from(guard.body),
      });
      return;
    }

    const state = opts.state();
    if (!state.up && needsDatabase(path)) {
      const isApi = path.startsWith("/api/");
      void sendFresh({
        status: 503,
        headers: {
          "content-type": isApi ? "application/json" : "text/html; charset=utf-8",
          "retry-after": "10",
          "cache-control": "no-store",
        },
        body: Buffer.from(
          isApi
            ? JSON.stringify({
                error: "The database is temporarily unavailable. Please retry shortly.",
              })
            : unavailablePage(),
        ),
      });
      return;
    }

    // Next reads the nonce for its inline scripts from the request's CSP header, and the data
    // version it may keep data for and whether it renders a document from ours (never from the
    // client: theirs are replaced).
    const headers: http.IncomingHttpHeaders = { ...req.headers, "content-security-policy": csp };
    if (state.version) headers[DATA_VERSION_HEADER] = state.version;
    else delete headers[DATA_VERSION_HEADER];
    if (asksForDocument(req.method, pathname, req.headers)) headers[DOCUMENT_RENDER_HEADER] = "1";
    else delete headers[DOCUMENT_RENDER_HEADER];

    /** Straight through; HTML is read whole so it can be compressed, the rest is piped. */
    const passThrough = () =>
      upstream.forward(
        req,
        res,
        path,
        headers,
        (up, upHeaders) => {
          if (answeredNotModified(up.statusCode ?? 502, upHeaders)) return void up.resume();
          if (!/^text\/html/.test(up.headers["content-type"] ?? "")) {
            if (up.headers["content-length"])
              upHeaders["content-length"] = up.headers["content-length"];
            res.writeHead(up.statusCode ?? 502, upHeaders);
            up.pipe(res);
            return;
          }
          readBody(up).then(
            (body) => sendFresh({ status: up.statusCode ?? 502, headers: upHeaders, body }),
            () => res.destroy(),
          );
        },
        (e) => {
          logUnreachable(req.method, path, e);
          if (res.headersSent) res.destroy();
          else void sendFresh(UNREACHABLE);
        },
      );

    if (!requestMayUseCache(req, path, opts.queryKeys)) return passThrough();

    const key = `${state.version}|${path}`;
    const hit = cache.get(key);
    if (hit) return void sendCached(hit, "hit");

    // The cache asks Next for the page; the compressed copy is made here, so ask for it plain.
    delete headers["accept-encoding"];
    let rendering: Promise<UpstreamResponse> | undefined;
    let rendered: UpstreamResponse | undefined;
    const load = async () => {
      rendering = upstream.load(req, path, headers);
      const r = (rendered = await rendering);
      const keep =
        responseMayBeStored({ ...r, bytes: r.body.length }) &&
        opts.state().version === state.version;
      if (!keep) return undefined;
      return {
        status: r.status,
        headers: r.headers,
        parts: splitAt(r.body, nonce),
        bytes: r.body.length,
      };
    };
    cache.fetch(key, { load }).then(
      ({ entry, outcome }) => {
        // The request that rendered the response sends it as Next gave it (with its own nonce),
        // compressed at the fast level, kept or not: at 307 companies most URLs are asked for
        // once, so preparing the cached copy for hits is left to its first hit.
        if (rendered) return sendFresh(rendered, { "x-cache": "miss" });
        if (entry) return sendCached(entry, outcome);
        // Another request rendered it and may not share it: ask Next ourselves.
        passThrough();
      },
      () => {
        if (!rendering) return passThrough();
        /*
         * The cache gives up on a render it is cleared under (a new data version arrived, so
         * the page will not be kept) and rejects; the render itself still answers this visitor.
         * Only Next's own failure is a 502.
         */
        rendering.then(
          (r) => sendFresh(r, { "x-cache": "miss" }),
          (failure: Error) => {
            logUnreachable(req.method, path, failure);
            if (res.headersSent) return res.destroy();
            void sendFresh(UNREACHABLE);
          },
        );
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  server.on("close", () => upstream.close());
  return { server, cache };
}
