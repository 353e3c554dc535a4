import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptedEncodings, encodeCached, encodedHeaders, encodeFresh } from "./encoder";
import { splitAt, type CachedResponse } from "./response-cache";

const html = { "content-type": "text/html; charset=utf-8" };
const page = (nonce: string) =>
  Buffer.from(`<script nonce="${nonce}">1</script>${"policy text ".repeat(300)}`);
const cached = (body: Buffer, token: string): CachedResponse => ({
  status: 200,
  headers: html,
  parts: splitAt(body, token),
  bytes: body.length,
});

describe("acceptedEncodings", () => {
  it("prefers brotli, remembers gzip, and accepts nothing from an empty header", () => {
    expect(acceptedEncodings("gzip, deflate, br")).toEqual({ preferred: "br", gzip: true });
    expect(acceptedEncodings("gzip")).toEqual({ preferred: "gzip", gzip: true });
    expect(acceptedEncodings("br")).toEqual({ preferred: "br", gzip: false });
    expect(acceptedEncodings(undefined)).toEqual({ preferred: null, gzip: false });
  });
});

describe("encoder", () => {
  it("compresses a fresh body the client accepts, and leaves small or binary bodies alone", async () => {
    const body = page("n");
    const br = await encodeFresh(html, body, acceptedEncodings("br"));
    expect(br.encoding).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(body)).toBe(true);
    expect((await encodeFresh(html, Buffer.from("tiny"), acceptedEncodings("br"))).encoding).toBe(
      null,
    );
    const png = { "content-type": "image/png" };
    expect((await encodeFresh(png, body, acceptedEncodings("br"))).encoding).toBe(null);
  });

  it("compresses a cached body without a nonce once, and reuses it", async () => {
    const entry = cached(page("fixed"), "absent-token");
    const first = await encodeCached(entry, "fresh", acceptedEncodings("br"));
    const second = await encodeCached(entry, "fresh", acceptedEncodings("br"));
    expect(second.body).toBe(first.body);
    expect(zlib.brotliDecompressSync(first.body).equals(page("fixed"))).toBe(true);
  });

  it("sends a cached page with a nonce gzipped, carrying this response's nonce", async () => {
    const entry = cached(page("old-nonce"), "old-nonce");
    const out = await encodeCached(entry, "new-nonce", acceptedEncodings("gzip, br"));
    expect(out.encoding).toBe("gzip");
    expect(zlib.gunzipSync(out.body).toString()).toBe(page("new-nonce").toString());
    const plain = await encodeCached(entry, "third", acceptedEncodings(undefined));
    expect(plain.body.toString()).toBe(page("third").toString());
  });

  it("labels an encoded body and adds Accept-Encoding to Vary", () => {
    const body = Buffer.from("x");
    expect(encodedHeaders({ vary: "rsc" }, { body, encoding: "br" })).toEqual({
      vary: "rsc, Accept-Encoding",
      "content-encoding": "br",
      "content-length": "1",
    });
    expect(encodedHeaders({}, { body, encoding: null })).toEqual({ "content-length": "1" });
  });
});
