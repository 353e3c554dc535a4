import { afterEach, describe, expect, it, vi } from "vitest";
import { putIslandHtml, readIslandHtml } from "./html-island-store";

afterEach(() => vi.useRealTimers());

describe("the island store", () => {
  it("hands each block to the HTML render under a key of its own", () => {
    const a = putIslandHtml("<p>a</p>");
    const b = putIslandHtml("<p>b</p>");
    expect(a).not.toBe(b);
    expect(readIslandHtml(a)).toBe("<p>a</p>");
    expect(readIslandHtml(b)).toBe("<p>b</p>");
    expect(readIslandHtml("no-such-key")).toBeUndefined();
  });

  it("answers a second read (React may render a component again), then drops the block", () => {
    vi.useFakeTimers();
    const key = putIslandHtml("<p>once</p>");
    expect(readIslandHtml(key)).toBe("<p>once</p>");
    expect(readIslandHtml(key)).toBe("<p>once</p>");
    vi.advanceTimersByTime(2_500);
    expect(readIslandHtml(key)).toBeUndefined();
  });

  it("sweeps blocks no HTML render asked for (a redirect, an error) once they are old", () => {
    vi.useFakeTimers();
    const stale = putIslandHtml("<p>never read</p>");
    vi.advanceTimersByTime(21_000);
    const fresh = putIslandHtml("<p>new</p>");
    expect(readIslandHtml(stale)).toBeUndefined();
    expect(readIslandHtml(fresh)).toBe("<p>new</p>");
  });
});
