import { publicBaseUrlSchema } from "./env";

/**
 * The base of absolute links to this site: PUBLIC_BASE_URL when set (validated at start-up by
 * lib/env.ts), else the origin the request came to.
 */
export function publicBaseUrl(req: Request, source: NodeJS.ProcessEnv = process.env): string {
  const configured = publicBaseUrlSchema.safeParse(source.PUBLIC_BASE_URL);
  if (configured.success && configured.data) return configured.data;
  return new URL(req.url).origin;
}
