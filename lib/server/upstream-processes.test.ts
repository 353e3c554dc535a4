import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstream, homeOf, type Upstream } from "./upstream";

/** Two stand-ins for `next start`, each answering with its own name; /slow* answers when released. */
const names = ["a", "b"] as const;
let servers: http.Server[] = [];
let upstream: Upstream;
let front: http.Server;
let frontUrl = "";
const held: Array<() => void> = [];

beforeAll(async () => {
  servers = await Promise.all(
    names.map(async (name) => {
      const s = http.createServer((req, res) => {
        const answer = () => res.end(name);
        if (req.url?.startsWith("/slow")) held.push(answer);
        else answer();
      });
      await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
      return s;
    }),
  );
  upstream = createUpstream(servers.map((s) => (s.address() as AddressInfo).port));
  front = http.createServer((req, res) =>
    upstream.forward(
      req,
      res,
      req.url ?? "/",
      req.headers,
      (up) => up.pipe(res),
      () => res.end("unreachable"),
    ),
  );
  await new Promise<void>((r) => front.listen(0, "127.0.0.1", r));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const release of held.splice(0)) release();
  upstream.close();
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  for (const s of servers) await new Promise((r) => s.close(r));
});

const answerOf = async (path: string) => (await fetch(frontUrl + path)).text();
/** A path whose home is the given process. */
const homedAt = (process: number, prefix: string) => {
  for (let i = 0; ; i++)
    if (homeOf(`${prefix}${i}`, names.length) === process) return `${prefix}${i}`;
};

describe("an upstream of several Next processes", () => {
  it("sends each URL to its home process while none is busy, so its caches are found again", async () => {
    const paths = Array.from({ length: 40 }, (_, i) => `/companies/c${i}?finding=x${i % 3}`);
    for (const p of paths) expect(await answerOf(p), p).toBe(names[homeOf(p, names.length)]);
    // Both processes are used, and a URL goes where it went before.
    expect(new Set(await Promise.all(paths.map(answerOf)))).toEqual(new Set(names));
    expect(upstream.inFlight()).toEqual([0, 0]);
  });

  it("sends a URL elsewhere when its home has more than two requests beyond the other's in hand", async () => {
    const slow = Array.from({ length: 3 }, (_, i) => homedAt(0, `/slow-${i}-`));
    const pending = slow.map((p) => fetch(frontUrl + p).then((r) => r.text()));
    await expect.poll(() => upstream.inFlight()).toEqual([3, 0]);
    expect(await answerOf(homedAt(0, "/fast-"))).toBe("b");
    for (const release of held.splice(0)) release();
    expect(await Promise.all(pending)).toEqual(["a", "a", "a"]);
    await expect.poll(() => upstream.inFlight()).toEqual([0, 0]);
  });

  it("counts a request abandoned by its visitor as done", async () => {
    const client = http.get(frontUrl + homedAt(1, "/slow-left-"));
    client.on("error", () => undefined);
    await expect.poll(() => upstream.inFlight()).toEqual([0, 1]);
    client.destroy();
    await expect.poll(() => upstream.inFlight()).toEqual([0, 0]);
    for (const release of held.splice(0)) release();
  });
});
