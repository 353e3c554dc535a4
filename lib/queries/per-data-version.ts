import "server-only";
import { LRUCache } from "lru-cache";
import { headers } from "next/headers";
import { DATA_VERSION_HEADER } from "../db/data-version";

/*
 * Data that changes only when the seed runs (the taxonomy, the list of companies, a company's
 * policy) is loaded once per data version and shared by every request until the next seed,
 * instead of being read and shaped again on every render. The version is the one the front
 * server serves and keys its response cache on (lib/db/data-version.ts): it sets it on every
 * request it forwards, replacing any the client sent. Without it (Next's dev server, a test
 * calling a query directly, a request that did not come through the front server) nothing is
 * kept and every call loads afresh, as before.
 *
 * Kept values are shared between requests: callers must treat them as read-only.
 */

/** The data version the front server stamped on this request, or null. */
async function requestDataVersion(): Promise<string | null> {
  try {
    return (await headers()).get(DATA_VERSION_HEADER) || null;
  } catch (e) {
    // Next's own control flow (a prerender finding dynamic use) carries a digest: let it through.
    if (e && typeof e === "object" && "digest" in e) throw e;
    // Outside a request (a test, a script): no version to trust.
    return null;
  }
}

type Store = Map<string, { version: string; value: Promise<unknown> }>;
// On globalThis, so that every bundle Next loads this module into shares one store.
const globalForCache = globalThis as unknown as {
  policyAtlasPerVersion?: Store;
  policyAtlasPerVersionKeyed?: Map<string, LRUCache<string, { value: Promise<unknown> }>>;
};
const store = (globalForCache.policyAtlasPerVersion ??= new Map());
const keyedStores = (globalForCache.policyAtlasPerVersionKeyed ??= new Map());

/** `load`, run once per data version; a failed load is forgotten so the next call retries. */
export function perDataVersion<T>(name: string, load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const version = await requestDataVersion();
    if (!version) return load();
    const kept = store.get(name);
    if (kept?.version === version) return kept.value as Promise<T>;
    const value = load();
    store.set(name, { version, value });
    value.catch(() => {
      if (store.get(name)?.value === value) store.delete(name);
    });
    return value;
  };
}

/**
 * `load(key)`, run once per key and data version, keeping the `max` most recently used keys
 * (entries of older versions are never asked for again and age out).
 */
export function perDataVersionKeyed<T>(
  name: string,
  max: number,
  load: (key: string) => Promise<T>,
): (key: string) => Promise<T> {
  const cache = keyedStore(name, max);
  return async (key) => {
    const version = await requestDataVersion();
    if (!version) return load(key);
    const id = `${version}|${key}`;
    const kept = cache.get(id);
    if (kept) return kept.value as Promise<T>;
    return keep(cache, id, load(key));
  };
}

type KeyedStore = LRUCache<string, { value: Promise<unknown> }>;

/** The named store of perDataVersionKeyed or perDataVersionBatch, shared by every bundle. */
function keyedStore(name: string, max: number): KeyedStore {
  let lru = keyedStores.get(name);
  if (!lru) {
    lru = new LRUCache<string, { value: Promise<unknown> }>({ max });
    keyedStores.set(name, lru);
  }
  return lru;
}

/** Keeps `value` under `id`, forgetting it if it fails so the next call tries again. */
function keep<T>(cache: KeyedStore, id: string, value: Promise<T>): Promise<T> {
  cache.set(id, { value });
  value.catch(() => {
    if (cache.get(id)?.value === value) cache.delete(id);
  });
  return value;
}

/**
 * `loadMany(keys)` for the keys not kept yet, in one call per request, each key's value then
 * kept per data version like perDataVersionKeyed's (the `max` most recently used keys): a page
 * that shows several companies reads those it has not seen in one query, and none the next
 * time. A key `loadMany` leaves out of its map is kept as absent. Without a data version every
 * call loads all its keys afresh.
 */
export function perDataVersionBatch<T>(
  name: string,
  max: number,
  loadMany: (keys: string[]) => Promise<ReadonlyMap<string, T>>,
): (keys: readonly string[]) => Promise<Map<string, T>> {
  const cache = keyedStore(name, max);
  return async (keys) => {
    const unique = [...new Set(keys)];
    const version = await requestDataVersion();
    const values = new Map<string, Promise<T | undefined>>();
    const missing: string[] = [];
    for (const key of unique) {
      const kept = version ? cache.get(`${version}|${key}`) : undefined;
      if (kept) values.set(key, kept.value as Promise<T | undefined>);
      else missing.push(key);
    }
    if (missing.length) {
      const batch = loadMany(missing);
      for (const key of missing) {
        const value = batch.then((m) => m.get(key));
        values.set(key, version ? keep(cache, `${version}|${key}`, value) : value);
      }
    }
    // All awaited together, so a failed batch is one rejection, not one unhandled per key.
    const settled = await Promise.all([...values].map(async ([key, v]) => [key, await v] as const));
    const out = new Map<string, T>();
    for (const [key, v] of settled) if (v !== undefined) out.set(key, v);
    return out;
  };
}
