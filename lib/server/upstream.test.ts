import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUpstream, readBody, type Upstream } from "./upstream";

let next: http.Server;
let upstream: Upstream;
let front: http.Server;
let frontUrl = "";
/** Times the front server was told Next could not be reached. */
let unreachable = 0;
/** Requests Next saw end before it answered them. */
let abandoned = 0;
/** Requests each socket to Next has carried. */
const served = new WeakMap<object, number>();

beforeAll(async () => {
  next = http.createServer((req, res) => {
    const carried = served.get(req.socket) ?? 0;
    served.set(req.socket, carried + 1);
    if (req.url === "/slow") {
      const timer = setTimeout(() => res.end("late"), 400);
      res.on("close", () => {
        if (!res.writableFinished) abandoned++;
        clearTimeout(timer);
      });
      return;
    }
    // Next closing a kept-alive socket at the moment a new request arrives on it.
    if (req.url?.startsWith("/race") && carried > 0) return void req.socket.destroy();
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
  upstream = createUpstream([(next.address() as AddressInfo).port]);
  front = http.createServer((req, res) => {
    const headers = { ...req.headers, "content-security-policy": "script-src 'nonce-abc'" };
    if (req.url === "/load" || req.url === "/load-race")
      return void upstream
        .load(req, req.url === "/load" ? "/loaded" : "/race-loaded", headers)
        .then(
          (r) => {
            res.writeHead(r.status, r.headers);
            res.end(r.body);
          },
          () => {
            unreachable++;
            res.end("unreachable");
          },
        );
    upstream.forward(
      req,
      res,
      req.url ?? "/",
      headers,
      (up, h) => {
        res.writeHead(up.statusCode ?? 502, h);
        up.pipe(res);
      },
      () => {
        unreachable++;
        res.end("unreachable");
      },
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
    const dead = createUpstream([1]);
    const req = Object.assign(new http.IncomingMessage(null as never), { method: "GET" });
    await expect(dead.load(req, "/", {})).rejects.toThrow();
    dead.close();
  });

  it("reports no failure when the visitor leaves before Next answers", async () => {
    const before = unreachable;
    const client = http.get(`${frontUrl}/slow`);
    client.on("error", () => undefined);
    await new Promise((r) => setTimeout(r, 100));
    const abandonedBefore = abandoned;
    client.destroy();
    await vi.waitFor(() => expect(abandoned).toBe(abandonedBefore + 1));
    await new Promise((r) => setTimeout(r, 50));
    expect(unreachable).toBe(before);
  });

  it("asks once more, on a new connection, when a kept-alive socket was closed under it", async () => {
    const before = unreachable;
    // The first request leaves its socket in the pool; Next closes it as the second arrives.
    expect(await (await fetch(`${frontUrl}/race-1`)).text()).toBe("you asked for /race-1");
    expect(await (await fetch(`${frontUrl}/race-2`)).text()).toBe("you asked for /race-2");
    expect(await (await fetch(`${frontUrl}/load-race`)).text()).toBe("you asked for /race-loaded");
    expect(unreachable).toBe(before);
  });

  it("sends a request with a body on a connection of its own, never on a kept-alive one Next may be closing", async () => {
    const before = unreachable;
    // Leaves a kept-alive socket in the pool, which Next closes as the POST arrives on it.
    expect(await (await fetch(`${frontUrl}/warm`)).text()).toBe("you asked for /warm");
    const res = await fetch(`${frontUrl}/race-post`, { method: "POST", body: "a policy" });
    expect(await res.text()).toBe("you asked for /race-post");
    expect(unreachable).toBe(before);
  });

  it("reads a body whole", async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${frontUrl}/body`, resolve),
    );
    expect((await readBody(res)).toString()).toBe("you asked for /body");
  });
});
