import type http from "node:http";

/*
 * What the front server may share between visitors. Two questions, asked at two moments:
 *  - before forwarding, may this request be answered from the cache at all? (an anonymous GET
 *    whose query holds only parameters its route reads);
 *  - after rendering, may this response be kept? (the route's own Cache-Control says so, and it
 *    is a plain 200 small enough to hold).
 * Kept entries live until the data version changes (lib/db/data-version.ts).
 */

/** The query parameters a route reads, by path; undefined for a route that reads none. */
export type QueryKeysFor = (pathname: string) => ReadonlySet<string> | undefined;

type RequestLike = Pick<http.IncomingMessage, "method" | "headers">;

/** Larger responses are passed through uncached, so one page cannot crowd out the rest. */
export const MAX_CACHED_BODY = 4 * 1024 * 1024;

export function requestMayUseCache(req: RequestLike, url: string, queryKeys: QueryKeysFor) {
  if (req.method !== "GET") return false;
  // Per-user state, and Next's client navigations (which answer with a different payload).
  const h = req.headers;
  if (h.cookie || h.authorization || h.rsc || h["next-router-state-tree"]) return false;
  const at = url.indexOf("?");
  if (at < 0) return true;
  const keys = new URLSearchParams(url.slice(at + 1)).keys();
  const known = queryKeys(url.slice(0, at));
  // Parameters no route reads (tracking tags, typos) would only fill the cache with copies.
  for (const key of keys) if (!known?.has(key)) return false;
  return true;
}

/** Directives of a Cache-Control header, lower-cased. */
function directives(cacheControl: string | undefined): Set<string> {
  return new Set(
    (cacheControl ?? "")
      .split(",")
      .map((d) => d.split("=")[0]!.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * The route decides: `no-store` or `private` keeps a response out of the shared cache (so
 * /api/export's dated filename is always today's). Errors, redirects and responses that set a
 * cookie are never kept.
 */
export function responseMayBeStored(res: {
  status: number;
  headers: Record<string, string>;
  bytes: number;
}): boolean {
  if (res.status !== 200 || res.bytes > MAX_CACHED_BODY || res.headers["set-cookie"]) return false;
  const d = directives(res.headers["cache-control"]);
  return !d.has("no-store") && !d.has("private");
}
