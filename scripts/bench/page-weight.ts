import { gzipSync } from "node:zlib";

export type PageWeight = { htmlBytes: number; htmlGzipBytes: number };
export type FirstLoadJs = { scripts: Array<{ src: string; bytes: number; gzipBytes: number }>; bytes: number; gzipBytes: number };

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export async function pageWeight(url: string): Promise<PageWeight> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { htmlBytes: body.length, htmlGzipBytes: gzipSize(body) };
}

/**
 * The JavaScript a first visit to `url` downloads: every `<script src>` in its HTML, fetched
 * and gzipped (level 9, as a CDN would serve it). Inline scripts (the RSC payload) are part of
 * the HTML's own weight instead.
 */
export async function firstLoadJs(url: string): Promise<FirstLoadJs> {
  const html = await (await fetch(url)).text();
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  const scripts = await Promise.all(
    srcs.map(async (src) => {
      const res = await fetch(new URL(src, url));
      if (!res.ok) throw new Error(`${src} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      return { src, bytes: body.length, gzipBytes: gzipSize(body) };
    }),
  );
  return { scripts, bytes: scripts.reduce((s, x) => s + x.bytes, 0), gzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0) };
}
