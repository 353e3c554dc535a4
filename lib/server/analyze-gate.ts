import type http from "node:http";
import type { GuardAnswer } from "../request-guard";
import { POST_PATHS } from "../request-guard";
import { MAX_POLICY_BYTES } from "../reading/reading-error";
import { standalonePage } from "./standalone-page";
import { OVER_THE_CAP_MESSAGE, tooManyReadingsMessage } from "../reading-refusals";

/*
 * Limits on the POSTs that read a policy (/analyze, /api/analyze), applied by the front server
 * before the request reaches Next: a declared body over the cap gets 413, and each client (by
 * socket address) has a bucket of readings that refills slowly, so one client cannot keep the
 * CPU busy with readings (429 with Retry-After). Next's handlers enforce the cap again while
 * reading the body, for bodies sent without a length.
 *
 * Each refusal is worded for whoever sent the post: JSON on the API, a page for a plain form post,
 * and plain text for the form's post made by its script (a Server Action call, marked by its
 * `Next-Action` header), which Next's client turns into an error carrying that text for the form
 * to show (components/analyze-form.tsx): it cannot render a page.
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

type Asker = "api" | "page" | "script";

function answer(
  asker: Asker,
  status: number,
  title: string,
  text: string,
  headers: Record<string, string> = {},
): GuardAnswer {
  const common = { "Cache-Control": "no-store", ...headers };
  if (asker === "api")
    return {
      status,
      headers: { "Content-Type": "application/json", ...common },
      body: JSON.stringify({ error: text }),
    };
  // Exactly "text/plain": Next's client reads the text of an action's error only then.
  if (asker === "script")
    return { status, headers: { "Content-Type": "text/plain", ...common }, body: text };
  return {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", ...common },
    body: standalonePage({
      kicker: String(status),
      title,
      text,
      link: { href: "/analyze", label: "Back to Read a policy" },
    }),
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
  const asker: Asker = api ? "api" : req.headers["next-action"] ? "script" : "page";
  const wait = take(req.socket.remoteAddress ?? "unknown", now);
  if (wait > 0)
    return answer(asker, 429, "Too many readings", tooManyReadingsMessage(wait), {
      "Retry-After": String(wait),
    });
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_POLICY_BYTES + (api ? 0 : FORM_OVERHEAD))
    return answer(asker, 413, "Policy too large", OVER_THE_CAP_MESSAGE);
  return null;
}

/** For tests: forget every client. */
export function resetAnalyzeGate(): void {
  buckets.clear();
}
