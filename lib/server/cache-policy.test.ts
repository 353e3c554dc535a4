import { describe, expect, it } from "vitest";
import { MAX_CACHED_BODY, requestMayUseCache, responseMayBeStored } from "./cache-policy";

const keys = (path: string) => (path === "/api/matrix" ? new Set(["page", "perPage"]) : undefined);
const get = (headers: Record<string, string> = {}) => ({ method: "GET", headers });

describe("requestMayUseCache", () => {
  it("lets anonymous GETs of plain paths use the cache", () => {
    expect(requestMayUseCache(get(), "/companies/mozy", keys)).toBe(true);
    expect(requestMayUseCache(get(), "/api/matrix", keys)).toBe(true);
  });

  it("keeps per-user requests, client navigations and other methods out", () => {
    const perUser: Array<Record<string, string>> = [
      { cookie: "a=1" },
      { authorization: "Basic x" },
      { rsc: "1" },
    ];
    for (const h of perUser) expect(requestMayUseCache(get(h), "/", keys)).toBe(false);
    expect(requestMayUseCache(get({ "next-router-state-tree": "x" }), "/", keys)).toBe(false);
    expect(requestMayUseCache({ method: "HEAD", headers: {} }, "/", keys)).toBe(false);
    expect(requestMayUseCache({ method: "POST", headers: {} }, "/", keys)).toBe(false);
  });

  it("allows exactly the query parameters the route reads", () => {
    expect(requestMayUseCache(get(), "/api/matrix?page=2&perPage=10", keys)).toBe(true);
    expect(requestMayUseCache(get(), "/api/matrix?page=2&utm_source=x", keys)).toBe(false);
    expect(requestMayUseCache(get(), "/companies/mozy?page=2", keys)).toBe(false);
    expect(requestMayUseCache(get(), "/?_rsc=abc", keys)).toBe(false);
  });
});

describe("responseMayBeStored", () => {
  const ok = { status: 200, headers: { "content-type": "text/html" }, bytes: 100 };

  it("keeps a 200 whose route says nothing against it, or allows it", () => {
    expect(responseMayBeStored(ok)).toBe(true);
    const shared = { "cache-control": "public, max-age=0, must-revalidate" };
    expect(responseMayBeStored({ ...ok, headers: shared })).toBe(true);
  });

  it("honours the route's no-store and private, in any case and position", () => {
    for (const cc of ["no-store", "public, No-Store", "private, no-cache, no-store, max-age=0"])
      expect(responseMayBeStored({ ...ok, headers: { "cache-control": cc } })).toBe(false);
    expect(responseMayBeStored({ ...ok, headers: { "cache-control": "private" } })).toBe(false);
  });

  it("never keeps errors, redirects, cookies or oversized bodies", () => {
    expect(responseMayBeStored({ ...ok, status: 404 })).toBe(false);
    expect(responseMayBeStored({ ...ok, status: 307 })).toBe(false);
    expect(responseMayBeStored({ ...ok, headers: { "set-cookie": "a=1" } })).toBe(false);
    expect(responseMayBeStored({ ...ok, bytes: MAX_CACHED_BODY + 1 })).toBe(false);
  });
});
