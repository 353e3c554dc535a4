import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warmUp } from "./warm-up";

const seen: string[] = [];
const next = http.createServer((req, res) => {
  seen.push(req.url ?? "");
  if (req.url === "/broken") res.writeHead(500);
  if (req.url === "/slow") return void setTimeout(() => res.end("late"), 1_000);
  res.end("page");
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((r) => next.listen(0, "127.0.0.1", r));
  port = (next.address() as AddressInfo).port;
});
afterAll(async () => {
  next.closeAllConnections();
  await new Promise((r) => next.close(r));
});

describe("warmUp", () => {
  it("asks for each page in turn and counts those that rendered", async () => {
    seen.length = 0;
    expect(await warmUp(port, ["/", "/broken", "/analyze"])).toBe(2);
    expect(seen).toEqual(["/", "/broken", "/analyze"]);
  });

  it("gives up on time, and never throws when Next is not there", async () => {
    const started = Date.now();
    expect(await warmUp(port, ["/slow", "/"], 200)).toBe(0);
    expect(Date.now() - started).toBeLessThan(900);
    expect(await warmUp(1, ["/"])).toBe(0);
  });
});
