import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataVersionState } from "./data-version-watcher";
import { createFrontServer } from "./front-server";

/** Stands in for `next start`: echoes the request's nonce into an HTML body and counts renders. */
let renders = 0;
let delayMs = 0;
/** The data version the last request to Next carried, and whether it was marked a document. */
let versionSeen: string | undefined;
let documentSeen: string | undefined;
const upstream = http.createServer((req, res) => {
  const n = ++renders;
  versionSeen = req.headers["x-policy-atlas-data-version"] as string | undefined;
  documentSeen = req.headers["x-policy-atlas-document"] as string | undefined;
  const nonce =
    /'nonce-([0-9a-f]+)'/.exec(String(req.headers["content-security-policy"]))?.[1] ?? "none";
  setTimeout(() => {
    if (req.url?.startsWith("/big")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end("z".repeat(300_000));
    }
    if (req.url?.startsWith("/api/export")) {
      // Like the real export: a dated download the route forbids anyone to store.
      res.writeHead(200, { "content-type": "text/csv", "cache-control": "no-store" });
      return res.end(`export number ${n}`);
    }
    if (req.url?.startsWith("/private")) {
      res.writeHead(200, { "content-type": "text/html", "cache-control": "private, max-age=0" });
      return res.end(`private page ${n}`);
    }
    if (req.url?.startsWith("/missing")) {
      res.writeHead(404, { "content-type": "text/html" });
      return res.end("not found");
    }
    if (req.url?.startsWith("/api/tagged")) {
      // Like jsonOk: a JSON body with its entity tag.
      const tagged = JSON.stringify({ tagged: true, pad: "t".repeat(2000) });
      res.writeHead(200, {
        "content-type": "application/json",
        "cache-control": "public, max-age=0, must-revalidate",
        etag: 'W/"tag-1"',
      });
      return res.end(tagged);
    }
    const type = req.url?.startsWith("/api/") ? "application/json" : "text/html; charset=utf-8";
    res.writeHead(200, { "content-type": type, "x-powered-by": "Next.js" });
    res.end(
      type.startsWith("text/html")
        ? `<html><script nonce="${nonce}">1</script>${"x".repeat(4000)}<script nonce="${nonce}">2</script></html>`
        : JSON.stringify({ ok: true, pad: "y".repeat(4000) }),
    );
  }, delayMs);
});

let state: DataVersionState = { up: true, version: "1" };
let base = "";
let front: ReturnType<typeof createFrontServer>;

beforeAll(async () => {
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  front = createFrontServer({
    nextPorts: [(upstream.address() as AddressInfo).port],
    cacheBytes: 10_000_000,
    state: () => state,
    queryKeys: (path) =>
      ({ "/": new Set(["practices"]), "/api/matrix": new Set(["perPage"]) })[path],
  });
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  front.server.closeAllConnections();
  await new Promise((r) => front.server.close(r));
  await new Promise((r) => upstream.close(r));
});

const nonceOf = (r: Response) =>
  /'nonce-([0-9a-f]{32})'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];

describe("front server", () => {
  it("serves a page once rendered from memory, with this response's own nonce in every script", async () => {
    const before = renders;
    const first = await fetch(`${base}/companies/a`);
    const second = await fetch(`${base}/companies/a`);
    expect(renders - before).toBe(1);
    expect(second.headers.get("x-cache")).toBe("hit");
    const [n1, n2] = [nonceOf(first), nonceOf(second)];
    expect(n1).not.toBe(n2);
    expect(first.headers.get("x-cache")).toBe("miss");
    expect((await first.text()).match(/nonce="([0-9a-f]+)"/g)).toEqual([
      `nonce="${n1}"`,
      `nonce="${n1}"`,
    ]);
    const body = await second.text();
    expect(body.match(/nonce="([0-9a-f]+)"/g)).toEqual([`nonce="${n2}"`, `nonce="${n2}"`]);
    expect(second.headers.get("x-powered-by")).toBeNull();
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("renders a page once for many simultaneous first requests", async () => {
    delayMs = 100;
    const before = renders;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${base}/practices/b`)),
    );
    delayMs = 0;
    expect(renders - before).toBe(1);
    expect(new Set(responses.map(nonceOf)).size).toBe(10);
    for (const r of responses) expect(r.status).toBe(200);
  });

  it("tells Next the data version it serves, never the one a client sends", async () => {
    const forged = { "x-policy-atlas-data-version": "forged" };
    await fetch(`${base}/versioned`, { headers: forged });
    expect(versionSeen).toBe(state.version);
    await fetch(`${base}/versioned`, { headers: { ...forged, cookie: "a=b" } });
    expect(versionSeen).toBe(state.version);
  });

  it("tells Next which requests ask for a document, never taking a client's word for it", async () => {
    const forged = { "x-policy-atlas-document": "1", cookie: "a=b" };
    await fetch(`${base}/page`, { headers: { cookie: "a=b" } });
    expect(documentSeen).toBe("1");
    // A client-side navigation and a prefetch are answered with React's payload alone.
    await fetch(`${base}/page`, { headers: { ...forged, rsc: "1" } });
    expect(documentSeen).toBeUndefined();
    await fetch(`${base}/page`, { headers: { ...forged, "next-router-prefetch": "1" } });
    expect(documentSeen).toBeUndefined();
  });

  it("drops cached responses when the data version changes", async () => {
    await fetch(`${base}/api/matrix`);
    const before = renders;
    state = { up: true, version: "2" };
    const after = await fetch(`${base}/api/matrix`);
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(renders - before).toBe(1);
  });

  it("answers a first visit whose render was under way when a new data version cleared the cache", async () => {
    // The history load finishing mid-render (CI saw "502 … Next did not answer (Error: deleted)").
    delayMs = 100;
    const before = renders;
    const pending = Promise.all([fetch(`${base}/cleared`), fetch(`${base}/cleared`)]);
    await new Promise((r) => setTimeout(r, 30));
    // As the data-version watcher does: a new version (so the render is not kept), then a clear.
    state = { up: true, version: `${state.version}+history` };
    front.cache.clear();
    const responses = await pending;
    delayMs = 0;
    for (const r of responses) {
      expect(r.status).toBe(200);
      expect(await r.text()).toContain(`nonce="${nonceOf(r)}"`);
    }
    expect(renders - before).toBeGreaterThanOrEqual(1);
  });

  it("never caches errors, per-user requests or client navigations", async () => {
    const before = renders;
    await fetch(`${base}/missing`);
    await fetch(`${base}/missing`);
    await fetch(`${base}/x`, { headers: { cookie: "a=b" } });
    await fetch(`${base}/x`, { headers: { cookie: "a=b" } });
    await fetch(`${base}/y`, { headers: { rsc: "1" } });
    await fetch(`${base}/y`, { headers: { rsc: "1" } });
    expect(renders - before).toBe(6);
  });

  it("compresses for clients that accept it, and the body decompresses to the page", async () => {
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve) => {
        http.get(`${base}/api/companies`, { headers: { "accept-encoding": "br, gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
      },
    );
    expect(raw.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(zlib.brotliDecompressSync(raw.body).toString())).toMatchObject({ ok: true });
  });

  it("sends a cached page gzipped, with the fresh nonce inside the compressed body", async () => {
    await fetch(`${base}/gz-page`);
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve) => {
        http.get(`${base}/gz-page`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
      },
    );
    expect(raw.headers["x-cache"]).toBe("hit");
    expect(raw.headers["content-encoding"]).toBe("gzip");
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(
      String(raw.headers["content-security-policy"]),
    )?.[1];
    const html = zlib.gunzipSync(raw.body).toString();
    expect(html.match(/nonce="([0-9a-f]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
  });

  it("never keeps a response its route marks no-store or private, and sends each one fresh", async () => {
    const bodies: string[] = [];
    for (let i = 0; i < 2; i++) {
      bodies.push(await (await fetch(`${base}/api/export?format=csv`)).text());
      bodies.push(await (await fetch(`${base}/private`)).text());
    }
    expect(new Set(bodies).size).toBe(4);
    const again = await fetch(`${base}/api/export?format=csv`);
    expect(again.headers.get("x-cache")).not.toBe("hit");
    expect(again.headers.get("cache-control")).toBe("no-store");
  });

  it("asks Next again for visitors who waited on a render the route would not let us keep", async () => {
    delayMs = 100;
    const before = renders;
    const bodies = await Promise.all(
      Array.from({ length: 3 }, () => fetch(`${base}/private`).then((r) => r.text())),
    );
    delayMs = 0;
    expect(renders - before).toBe(3);
    expect(new Set(bodies).size).toBe(3);
  });

  it("answers 503 itself while the database is down: a page for people, JSON for the API", async () => {
    state = { up: false, version: "2" };
    const before = renders;
    const page = await fetch(`${base}/companies/a`);
    const api = await fetch(`${base}/api/matrix`);
    state = { up: true, version: "2" };
    expect(renders).toBe(before);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("Temporarily unavailable");
    expect(api.status).toBe(503);
    expect(await api.json()).toHaveProperty("error");
    expect((await fetch(`${base}/companies/a`)).status).toBe(200);
  });

  it("answers undecodable paths and write methods itself, with security headers, never reaching Next", async () => {
    const before = renders;
    const bad = await fetch(`${base}/api/companies/%E0%A4%A`);
    const post = await fetch(`${base}/companies/a`, { method: "POST", body: "x=1" });
    const options = await fetch(`${base}/api/matrix`, { method: "OPTIONS" });
    expect(renders).toBe(before);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toHaveProperty("error");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(post.headers.get("content-security-policy")).toBeTruthy();
    expect(options.status).toBe(204);
  });

  it("keeps forwarding after many visitors leave in the middle of an uncached page", async () => {
    // A load generator drops its connections mid-response when it stops; several runs abandon
    // more responses than the front server has sockets to Next (64).
    for (let i = 0; i < 5; i++)
      await new Promise((resolve, reject) =>
        autocannon(
          { url: `${base}/big`, connections: 20, duration: 1, headers: { cookie: "a=1" } },
          (err, result) => (err ? reject(err) : resolve(result)),
        ),
      );
    const after = await fetch(`${base}/companies/stayed`, {
      headers: { cookie: "a=1" },
      signal: AbortSignal.timeout(2_000),
    });
    expect(after.status).toBe(200);
  }, 20_000);
});

describe("front server cache keys", () => {
  it("does not cache URLs carrying parameters their route does not read", async () => {
    const before = renders;
    await fetch(`${base}/?utm_source=a`);
    await fetch(`${base}/?utm_source=a`);
    await fetch(`${base}/?practices=cookies`);
    await fetch(`${base}/?practices=cookies`);
    await fetch(`${base}/companies/a?practices=cookies`);
    await fetch(`${base}/companies/a?practices=cookies`);
    expect(renders - before).toBe(5);
  });

  it("caches the parameters a route reads, such as perPage of /api/matrix", async () => {
    await fetch(`${base}/api/matrix?perPage=5`);
    const second = await fetch(`${base}/api/matrix?perPage=5`);
    expect(second.headers.get("x-cache")).toBe("hit");
  });
});

describe("front server conditional GETs", () => {
  it("answers 304 to a client holding the tagged body, from the cache and through to Next", async () => {
    state = { up: true, version: "1764900000000" };
    const first = await fetch(`${base}/api/tagged`);
    expect(first.headers.get("etag")).toBe('W/"tag-1"');
    expect(first.headers.get("last-modified")).toBe("Fri, 05 Dec 2025 02:00:00 GMT");
    const cached = await fetch(`${base}/api/tagged`, { headers: { "if-none-match": 'W/"tag-1"' } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("etag")).toBe('W/"tag-1"');
    expect(cached.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await cached.text()).toBe("");
    // A parameter no route reads skips the cache: Next answers, the front server still says 304.
    const uncached = await fetch(`${base}/api/tagged?x=1`, {
      headers: { "if-none-match": '"other", "tag-1"' },
    });
    expect(uncached.status).toBe(304);
    const since = await fetch(`${base}/api/tagged`, {
      headers: { "if-modified-since": "Fri, 05 Dec 2025 02:00:00 GMT" },
    });
    expect(since.status).toBe(304);
  });

  it("sends the body when the client's copy is older or another, and never tags pages", async () => {
    state = { up: true, version: "1764900000000" };
    const other = await fetch(`${base}/api/tagged`, { headers: { "if-none-match": 'W/"tag-0"' } });
    expect(other.status).toBe(200);
    expect(JSON.parse(await other.text())).toMatchObject({ tagged: true });
    const older = await fetch(`${base}/api/tagged`, {
      headers: { "if-modified-since": "Thu, 04 Dec 2025 02:00:00 GMT" },
    });
    expect(older.status).toBe(200);
    // If-None-Match decides when both are sent, and this tag is not ours.
    const both = await fetch(`${base}/api/tagged`, {
      headers: {
        "if-none-match": 'W/"tag-0"',
        "if-modified-since": "Fri, 05 Dec 2025 02:00:00 GMT",
      },
    });
    expect(both.status).toBe(200);
    const page = await fetch(`${base}/companies/tagless`, { headers: { "if-none-match": "*" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("etag")).toBeNull();
    expect(page.headers.get("last-modified")).toBeNull();
  });
});
