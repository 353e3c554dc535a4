import { describe, expect, it } from "vitest";
import { createResponseCache, joinWith, splitAt, type CachedResponse } from "./response-cache";

const entry = (bytes: number): CachedResponse => ({
  status: 200,
  headers: {},
  parts: [Buffer.alloc(bytes)],
  bytes,
});

describe("response cache", () => {
  it("loads a missing entry once for many simultaneous requests, then serves it as a hit", async () => {
    const cache = createResponseCache(10_000);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20));
      return entry(10);
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.fetch("k", { load })));
    expect(loads).toBe(1);
    expect(results.map((r) => r.outcome).sort()).toEqual([
      "coalesced",
      "coalesced",
      "coalesced",
      "coalesced",
      "miss",
    ]);
    expect(new Set(results.map((r) => r.entry)).size).toBe(1);
    expect(cache.get("k")).toBe(results[0]!.entry);
    expect((await cache.fetch("k", { load })).outcome).toBe("hit");
  });

  it("keeps nothing when the loader says the response may not be kept", async () => {
    const cache = createResponseCache(10_000);
    const { entry: got } = await cache.fetch("k", { load: async () => undefined });
    expect(got).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("stays within its byte budget, dropping the least recently used first", async () => {
    const cache = createResponseCache(1_000);
    for (const k of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
      await cache.fetch(k, { load: async () => entry(120) });
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("j")).toBeDefined();
    expect(cache.size).toBe(8);
    expect(cache.size * 120).toBeLessThanOrEqual(1_000);
  });

  it("returns an entry too big to keep without keeping it", async () => {
    const cache = createResponseCache(1_000);
    const { entry: got } = await cache.fetch("big", { load: async () => entry(500) });
    expect(got?.bytes).toBe(500);
    expect(cache.get("big")).toBeUndefined();
  });

  it("passes a failed load to everyone waiting for it, and keeps nothing", async () => {
    const cache = createResponseCache(1_000);
    const load = async () => {
      await new Promise((r) => setTimeout(r, 10));
      throw new Error("unreachable");
    };
    const settled = await Promise.allSettled([
      cache.fetch("k", { load }),
      cache.fetch("k", { load }),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected"]);
    expect(cache.size).toBe(0);
  });
});

describe("splitAt and joinWith", () => {
  it("split a body around a token and put a new one in its place", () => {
    const parts = splitAt(Buffer.from("a-N-b-N-"), "N");
    expect(parts.map(String)).toEqual(["a-", "-b-", "-"]);
    expect(joinWith(parts, "XY").toString()).toBe("a-XY-b-XY-");
    expect(joinWith(splitAt(Buffer.from("none"), "N"), "XY").toString()).toBe("none");
  });
});
