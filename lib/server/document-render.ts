import type http from "node:http";

/**
 * The request header in which the front server tells Next that a request asks for a document
 * (HTML), not for React's payload alone (a client-side navigation, a prefetch, a Server Action).
 * Next hides its own flight headers (`RSC`, `Next-Router-State-Tree`, …) from the app, so the app
 * learns it here; a client's own value is always replaced. Pages use it to send a block of HTML
 * once (components/static-html.tsx); without it (Next's dev server, a request that did not come
 * through the front server) they send the block in the payload too, which is always correct.
 */
export const DOCUMENT_RENDER_HEADER = "x-policy-atlas-document";

/** Paths Next answers with a payload whatever the headers: `/x.rsc`, `/x.segments/…`. */
const FLIGHT_PATH = /\.rsc$|\.segments\//;

/** Whether Next will answer this request with an HTML document rendered from its payload. */
export function asksForDocument(
  method: string | undefined,
  pathname: string,
  headers: http.IncomingHttpHeaders,
): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.rsc !== undefined || headers["next-action"] !== undefined) return false;
  if (headers["next-router-prefetch"] !== undefined) return false;
  return !FLIGHT_PATH.test(pathname);
}
