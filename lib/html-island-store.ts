/*
 * HTML handed from the server-component render to the HTML render of the same request
 * (components/static-html.tsx, components/html-island.tsx). Both renders run in one Node
 * process, but in two module graphs (react-server and SSR), so the store hangs on globalThis.
 * An entry is read by the HTML render within milliseconds of being put and dropped soon after;
 * the sweep catches entries of renders that stopped before their HTML (a redirect, an error).
 */
type Entry = { html: string; at: number; read?: true };

const KEY = Symbol.for("policy-atlas.html-islands");
const MAX_AGE_MS = 20_000;

function store(): Map<string, Entry> {
  const g = globalThis as { [KEY]?: Map<string, Entry> };
  return (g[KEY] ??= new Map());
}

let counter = 0;

/** Keeps `html` for this request's HTML render; the key is unique within the process. */
export function putIslandHtml(html: string): string {
  const entries = store();
  const now = Date.now();
  // Map iterates in insertion order: the oldest entries come first.
  for (const [key, entry] of entries) {
    if (now - entry.at < MAX_AGE_MS) break;
    entries.delete(key);
  }
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const key = `${now.toString(36)}-${counter.toString(36)}`;
  entries.set(key, { html, at: now });
  return key;
}

/** How long an entry outlives its first read: React may render a component again (a retry). */
const AFTER_READ_MS = 2_000;

/** The HTML kept under `key`; it is dropped shortly after this first read. */
export function readIslandHtml(key: string): string | undefined {
  const entries = store();
  const entry = entries.get(key);
  if (entry && !entry.read) {
    entry.read = true;
    setTimeout(() => entries.delete(key), AFTER_READ_MS).unref();
  }
  return entry?.html;
}
