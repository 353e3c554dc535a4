import type http from "node:http";
import type { GuardAnswer } from "../request-guard";
import { POST_PATHS } from "../request-guard";
import { MAX_POLICY_BYTES } from "../reading/reading-error";

/*
 * Limits on the POSTs that read a policy (/analyze, /api/analyze), applied by the front server
 * before the request reaches Next: a declared body over the cap gets 413, and each client (by
 * socket address) has a bucket of readings that refills slowly, so one client cannot keep the
 * CPU busy with readings (429 with Retry-After). Next's handlers enforce the cap again while
 * reading the body, for bodies sent without a length.
 */

/** Readings a client may start at once, and seconds for one more to become available. */
const BURST = Number(process.env.ANALYZE_RATE_BURST ?? 20);
const REFILL_SECONDS = Number(process.env.ANALYZE_RATE_REFILL_SECONDS ?? 6);
/** A form post carries the file plus its multipart framing and the other fields. */
const FORM_OVERHEAD = 64 * 1024;
const MAX_CLIENTS = 10_000;

type Bucket = { tokens: number; at: number };
const buckets = new Map<string, Bucket>();

function take(client: string, now: number): number {
  const b = buckets.get(client) ?? { tokens: BURST, at: now };
  b.tokens = Math.min(BURST, b.tokens + (now - b.at) / (REFILL_SECONDS * 1000));
  b.at = now;
  buckets.delete(client);
  // Oldest clients are forgotten first (Map keeps insertion order), bounding memory.
  if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
  buckets.set(client, b);
  if (b.tokens < 1) return Math.ceil((1 - b.tokens) * REFILL_SECONDS);
  b.tokens -= 1;
  return 0;
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Policy Atlas</title></head>` +
  `<body><h1>${title}</h1><p>${text}</p><p><a href="/analyze">Back to Read a policy</a></p></body></html>`;

function answer(
  api: boolean,
  status: number,
  title: string,
  text: string,
  headers: Record<string, string> = {},
): GuardAnswer {
  return api
    ? {
        status,
        headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers },
        body: JSON.stringify({ error: text }),
      }
    : {
        status,
        headers: {
          "Content-Type": "text/html; charset=utf-8",
          "Cache-Control": "no-store",
          ...headers,
        },
        body: page(title, text),
      };
}

/** The answer for a reading POST that must not reach Next, or null to let it through. */
export function gateAnalyzePost(
  req: http.IncomingMessage,
  pathname: string,
  now = Date.now(),
): GuardAnswer | null {
  if (req.method !== "POST" || !POST_PATHS.includes(pathname)) return null;
  const api = pathname.startsWith("/api/");
  const wait = take(req.socket.remoteAddress ?? "unknown", now);
  if (wait > 0)
    return answer(
      api,
      429,
      "Too many readings",
      `Too many readings from your address: try again in ${wait} seconds.`,
      {
        "Retry-After": String(wait),
      },
    );
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_POLICY_BYTES + (api ? 0 : FORM_OVERHEAD))
    return answer(
      api,
      413,
      "Policy too large",
      "The policy is over the 2 MB limit: send the privacy policy alone (its text or the page's HTML).",
    );
  return null;
}

/** For tests: forget every client. */
export function resetAnalyzeGate(): void {
  buckets.clear();
}
