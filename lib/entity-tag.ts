import { createHash } from "node:crypto";

/**
 * A weak entity tag for a response body: weak because the front server sends the same body
 * brotli'd, gzipped or plain under one tag, which a strong tag would forbid (RFC 9110 §8.8.1).
 */
export function entityTag(body: string | Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}
