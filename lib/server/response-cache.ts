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

/** Least-recently-used, bounded by total bytes, so hostile URLs cannot grow it without limit. */
export class ResponseCache {
  private entries = new Map<string, CachedResponse>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  /** Keys carry the data version, so an entry from before a seed is simply never asked for again. */
  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    if (value.bytes > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, value);
    this.total += value.bytes;
    for (const [k] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.delete(k);
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string) {
    const old = this.entries.get(key);
    if (!old) return;
    this.total -= old.bytes;
    this.entries.delete(key);
  }
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
