import { MAX_POLICY_BYTES } from "./reading-error";

/** Reads a request body up to the cap; null when it is larger (the caller answers 413). */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  cap = MAX_POLICY_BYTES,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
