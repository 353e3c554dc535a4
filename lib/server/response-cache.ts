import { LRUCache } from "lru-cache";

/** A cached response. The body is kept split around the render nonce so each hit can carry a fresh one. */
export type CachedResponse = {
  status: number;
  headers: Record<string, string>;
  parts: Buffer[];
  bytes: number;
  /** Compressed copies of a body with no nonce in it, made on first request. */
  compressed?: Partial<Record<"br" | "gzip", Promise<Buffer>>>;
  /** Each part deflated once, for bodies with a nonce inside (see nonce-gzip.ts). */
  deflated?: Buffer[];
};

/** How a request was answered: from the cache, by waiting for another's render, or by rendering. */
export type CacheOutcome = "hit" | "coalesced" | "miss";

/**
 * What a caller offers to load a missing entry with. Only the first caller for a key runs its
 * `load`; everyone asking while it runs waits for that one result instead of rendering again.
 * `load` resolves undefined for a response that must not be kept (the route said so).
 */
export type Loader = { load: () => Promise<CachedResponse | undefined> };

export type ResponseCache = {
  get: (key: string) => CachedResponse | undefined;
  /** The entry for `key`, loading it once however many ask at the same time. */
  fetch: (
    key: string,
    loader: Loader,
  ) => Promise<{ entry: CachedResponse | undefined; outcome: CacheOutcome }>;
  clear: () => void;
  readonly size: number;
};

/**
 * Least-recently-used, bounded by total body bytes (an entry may take at most an eighth), so
 * hostile URLs cannot grow it without limit. Keys carry the data version, so an entry from
 * before a seed is simply never asked for again.
 */
export function createResponseCache(maxBytes: number): ResponseCache {
  const lru = new LRUCache<string, CachedResponse, Loader>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
    fetchMethod: (_key, _stale, { context }) => context.load(),
    // A render under way when the cache is cleared still answers the visitors waiting for it.
    ignoreFetchAbort: true,
  });
  return {
    get: (key) => lru.get(key),
    async fetch(key, loader) {
      const status: LRUCache.Status<string, CachedResponse, Loader> = {};
      const entry = await lru.fetch(key, { context: loader, status });
      const outcome =
        status.fetch === "inflight" ? "coalesced" : status.fetch === "miss" ? "miss" : "hit";
      return { entry, outcome };
    },
    clear: () => lru.clear(),
    get size() {
      return lru.size;
    },
  };
}

/** Splits `body` at every occurrence of `token`. */
export function splitAt(body: Buffer, token: string): Buffer[] {
  const needle = Buffer.from(token);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** Joins parts with `token` between them (the inverse of splitAt). */
export function joinWith(parts: Buffer[], token: string): Buffer {
  if (parts.length === 1) return parts[0]!;
  const t = Buffer.from(token);
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(t);
    out.push(p);
  });
  return Buffer.concat(out);
}
