import type http from "node:http";

/*
 * Conditional GETs for the responses that carry an entity tag (the JSON API and the change
 * feeds, whose routes tag their bodies): a client or feed reader that already holds the body
 * gets a 304 and no bytes. Pages carry no tag: each holds a fresh CSP nonce, so a kept copy
 * could not run its scripts under the next response's policy.
 */

/** Last-Modified for a data version: seeds stamp it with their commit time in milliseconds. */
export function lastModifiedOf(version: string | null | undefined): string | undefined {
  if (!version || !/^\d{12,15}$/.test(version)) return undefined;
  return new Date(Number(version)).toUTCString();
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** Weak comparison, as If-None-Match asks (RFC 9110 §13.1.2). */
function tagMatches(ifNoneMatch: string, etag: string): boolean {
  const ours = opaque(etag);
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || opaque(t) === ours);
}

/**
 * Whether a 200 for `req` with these (lower-cased) response headers can be answered 304.
 * If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
 */
export function isNotModified(
  req: Pick<http.IncomingMessage, "method" | "headers">,
  status: number,
  headers: Record<string, string>,
): boolean {
  if (status !== 200 || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const etag = headers.etag;
  if (!etag) return false;
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) return tagMatches(String(ifNoneMatch), etag);
  const since = Date.parse(String(req.headers["if-modified-since"] ?? ""));
  const modified = Date.parse(headers["last-modified"] ?? "");
  // HTTP dates have whole seconds; the version's milliseconds are dropped by toUTCString.
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/** The headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5). */
export function notModifiedHeaders(headers: Record<string, string>): Record<string, string> {
  const keep = ["etag", "last-modified", "cache-control", "vary", "content-location", "expires"];
  return Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]!]));
}
