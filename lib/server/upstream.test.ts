import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstream, readBody, type Upstream } from "./upstream";

let next: http.Server;
let upstream: Upstream;
let front: http.Server;
let frontUrl = "";

beforeAll(async () => {
  next = http.createServer((req, res) => {
    res.writeHead(200, {
      "content-type": "text/plain",
      "x-powered-by": "Next.js",
      "content-security-policy": "default-src 'none'",
      connection: "keep-alive",
      "x-seen-csp": String(req.headers["content-security-policy"] ?? ""),
    });
    res.end(`you asked for ${req.url}`);
  });
  await new Promise<void>((r) => next.listen(0, "127.0.0.1", r));
  upstream = createUpstream((next.address() as AddressInfo).port);
  front = http.createServer((req, res) => {
    const headers = { ...req.headers, "content-security-policy": "script-src 'nonce-abc'" };
    if (req.url === "/load")
      return void upstream.load(req, "/loaded", headers).then((r) => {
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      });
    upstream.forward(
      req,
      res,
      req.url ?? "/",
      headers,
      (up, h) => {
        res.writeHead(up.statusCode ?? 502, h);
        up.pipe(res);
      },
      () => res.end("unreachable"),
    );
  });
  await new Promise<void>((r) => front.listen(0, "127.0.0.1", r));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});
afterAll(async () => {
  upstream.close();
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => next.close(r));
});

describe("upstream", () => {
  it("reads Next's whole response, without the headers that belong to its hop", async () => {
    const res = await fetch(`${frontUrl}/load`);
    expect(await res.text()).toBe("you asked for /loaded");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(res.headers.get("x-seen-csp")).toBe("script-src 'nonce-abc'");
  });

  it("forwards a request and lets the caller pipe the answer", async () => {
    const res = await fetch(`${frontUrl}/piped?x=1`);
    expect(await res.text()).toBe("you asked for /piped?x=1");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("rejects a load when Next cannot be reached", async () => {
    const dead = createUpstream(1);
    const req = Object.assign(new http.IncomingMessage(null as never), { method: "GET" });
    await expect(dead.load(req, "/", {})).rejects.toThrow();
    dead.close();
  });

  it("reads a body whole", async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${frontUrl}/body`, resolve),
    );
    expect((await readBody(res)).toString()).toBe("you asked for /body");
  });
});
