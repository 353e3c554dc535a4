/** What the proxy answers instead of the route, or null to let the request through. */
export type GuardAnswer = { status: number; headers: Record<string, string>; body: string };

/** Every route, page or API, only reads... */
export const ALLOWED_METHODS: readonly string[] = ["GET", "HEAD", "OPTIONS"];
const ALLOW = ALLOWED_METHODS.join(", ");
/** ...except machine reading, which takes a policy by POST and stores nothing (lib/server/analyze-gate.ts). */
export const POST_PATHS: readonly string[] = ["/analyze", "/api/analyze"];

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function answer(
  api: boolean,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): GuardAnswer {
  return api
    ? {
        status,
        headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers },
        body: JSON.stringify({ error: message }),
      }
    : {
        status,
        headers: {
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          ...headers,
        },
        body: message,
      };
}

/**
 * Rejects what no route of this read-only app can serve, before Next's router sees it (the
 * front server calls this first): a path that is not valid percent-encoding (Next 16 answers
 * those on a dynamic segment with a 500, vercel/next.js#92527) and any method but GET, HEAD and
 * OPTIONS (the app has no forms that post and no server actions; Next would otherwise render a
 * page for a DELETE, answer an API 405 with an empty body, and a TRACE with a 500).
 */
export function guardRequest(method: string, pathname: string): GuardAnswer | null {
  const api = isApi(pathname);
  if (!decodes(pathname)) return answer(api, 400, "The address is not valid percent-encoding.");
  const posts = POST_PATHS.includes(pathname);
  if (method === "OPTIONS")
    return { status: 204, headers: { Allow: posts ? `${ALLOW}, POST` : ALLOW }, body: "" };
  if (posts && method === "POST") return null;
  if (!ALLOWED_METHODS.includes(method))
    return answer(
      api,
      405,
      `The method ${method.slice(0, 20)} is not allowed here; use GET${posts ? " or POST" : ""}.`,
      { Allow: posts ? `${ALLOW}, POST` : ALLOW },
    );
  return null;
}
