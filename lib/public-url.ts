import { publicBaseUrlSchema } from "./env";

/** A Host header worth echoing into a link: a hostname or [IPv6], and an optional port. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;

/**
 * The base of absolute links to this site: PUBLIC_BASE_URL when set (validated at start-up by
 * lib/env.ts), else the origin the reader asked for. Next sees requests from the front server on
 * its own private port, so that origin comes from the Host header the front server passes on;
 * behind a proxy that terminates TLS, set PUBLIC_BASE_URL.
 */
export function publicBaseUrl(req: Request, source: NodeJS.ProcessEnv = process.env): string {
  const configured = publicBaseUrlSchema.safeParse(source.PUBLIC_BASE_URL);
  if (configured.success && configured.data) return configured.data;
  const url = new URL(req.url);
  const host = req.headers.get("host");
  return host && HOST.test(host) ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}
