import http from "node:http";
import { gzipSync } from "node:zlib";

/** The body as rendered, gzipped by us, and as the app actually sent it to a browser (`sentEncoding`). */
export type PageWeight = {
  htmlBytes: number;
  htmlGzipBytes: number;
  sentBytes: number;
  sentEncoding: string;
};
type Script = { src: string; bytes: number; gzipBytes: number };
export type FirstLoadJs = {
  scripts: Script[];
  legacyOnly: Script[];
  bytes: number;
  gzipBytes: number;
};

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Bytes on the wire for one GET with these headers (fetch would decompress them). */
function sentSize(
  url: string,
  headers: Record<string, string>,
): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => (bytes += c.length));
        res.on("end", () =>
          resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

export async function pageWeight(
  url: string,
  headers: Record<string, string>,
): Promise<PageWeight> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const sent = await sentSize(url, headers);
  return {
    htmlBytes: body.length,
    htmlGzipBytes: gzipSize(body),
    sentBytes: sent.bytes,
    sentEncoding: sent.encoding,
  };
}

/**
 * The JavaScript a first visit to `url` downloads in a current browser: every `<script src>` in
 * its HTML, fetched and gzipped (level 9). `nomodule` scripts (Next's polyfills) are listed apart:
 * browsers with ES modules — every current one — neither download nor run them. Inline scripts
 * (the RSC payload) count in the HTML's weight instead.
 */
export async function firstLoadJs(url: string): Promise<FirstLoadJs> {
  const html = await (await fetch(url)).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => ({
    src: m[1]!.replace(/&amp;/g, "&"),
    nomodule: /\bnomodule\b/i.test(m[0]),
  }));
  const unique = tags.filter((t, i) => tags.findIndex((u) => u.src === t.src) === i);
  const all = await Promise.all(
    unique.map(async ({ src, nomodule }) => {
      const res = await fetch(new URL(src, url));
      if (!res.ok) throw new Error(`${src} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      return { src, nomodule, bytes: body.length, gzipBytes: gzipSize(body) };
    }),
  );
  const scripts = all.filter((x) => !x.nomodule);
  return {
    scripts,
    legacyOnly: all.filter((x) => x.nomodule),
    bytes: scripts.reduce((s, x) => s + x.bytes, 0),
    gzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
  };
}
