import { promisify } from "node:util";
import zlib from "node:zlib";
import { assembleGzip, deflateParts } from "./nonce-gzip";
import { joinWith, type CachedResponse } from "./response-cache";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type Encoding = "br" | "gzip";

/** What the client accepts: brotli is preferred; gzip is remembered for nonce-bearing pages. */
export type Accepts = { preferred: Encoding | null; gzip: boolean };

export function acceptedEncodings(acceptEncoding: string | string[] | undefined): Accepts {
  const header = String(acceptEncoding ?? "");
  const gzipOk = /\bgzip\b/.test(header);
  return { preferred: /\bbr\b/.test(header) ? "br" : gzipOk ? "gzip" : null, gzip: gzipOk };
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESSED = 1024;

/*
 * Bodies compressed once for the cache get the best settings. A body compressed per response (a
 * first visit, most URLs at 307 companies) gets brotli's fastest: quality 4 cost the front server
 * 4–7 ms of CPU per comparison or company page under load, quality 1 about 1.5 ms, for bodies
 * some 15% larger (a 181 kB comparison: 23.5 kB instead of 20.3 kB). Hits on a kept copy are
 * served as encodeCached prepares them, at the best level.
 */
function compress(body: Buffer, encoding: Encoding, best: boolean): Promise<Buffer> {
  if (encoding === "gzip") return gzip(body, { level: best ? 9 : 4 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 1,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export type Encoded = { body: Buffer; encoding: Encoding | null };

/*
 * A body cached with no nonce inside is compressed once, at the highest level, and kept. A cached
 * page with a nonce inside is sent gzipped, assembled from parts deflated once around the fresh
 * nonce (nonce-gzip.ts): microseconds instead of a compression. Everything else is compressed
 * per response at a fast level. A gzipped cache hit never joins its plain body.
 */
export async function encodeCached(
  entry: CachedResponse,
  nonce: string,
  accepts: Accepts,
): Promise<Encoded> {
  const encoding = worthCompressing(entry.headers, entry.bytes) ? accepts.preferred : null;
  if (!encoding) return { body: joinWith(entry.parts, nonce), encoding: null };
  if (entry.parts.length === 1) {
    entry.compressed ??= {};
    entry.compressed[encoding] ??= compress(entry.parts[0]!, encoding, true);
    return { body: await entry.compressed[encoding], encoding };
  }
  if (accepts.gzip) {
    entry.deflated ??= deflateParts(entry.parts);
    return { body: assembleGzip(entry.parts, entry.deflated, nonce), encoding: "gzip" };
  }
  return encodeFresh(entry.headers, joinWith(entry.parts, nonce), accepts);
}

export async function encodeFresh(
  headers: Record<string, string>,
  body: Buffer,
  accepts: Accepts,
): Promise<Encoded> {
  const encoding = worthCompressing(headers, body.length) ? accepts.preferred : null;
  if (!encoding) return { body, encoding: null };
  return { body: await compress(body, encoding, false), encoding };
}

function worthCompressing(headers: Record<string, string>, bytes: number): boolean {
  return bytes > MIN_COMPRESSED && COMPRESSIBLE.test(headers["content-type"] ?? "");
}

/** The headers that go with an encoded body. */
export function encodedHeaders(
  headers: Record<string, string>,
  encoded: Encoded,
): Record<string, string> {
  const out: Record<string, string> = {
    ...headers,
    "content-length": String(encoded.body.length),
  };
  if (!encoded.encoding) return out;
  out["content-encoding"] = encoded.encoding;
  out.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
  return out;
}
