import zlib from "node:zlib";

/*
 * A page cached with its render nonce is sent with a new nonce each time, so it cannot be kept
 * compressed as one piece. Instead each part between nonces is deflated once (best level,
 * ending on a full flush so it depends on nothing before or after), and a response is assembled
 * as one valid gzip stream: the parts, the fresh nonce in a stored block, and a trailer whose
 * CRC is computed over the bytes actually sent. Costs microseconds instead of a compression.
 */

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

export function deflateParts(parts: Buffer[]): Buffer[] {
  return parts.map((p) =>
    zlib.deflateRawSync(p, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH }),
  );
}

function storedBlock(data: Buffer): Buffer {
  const len = data.length;
  if (len > 0xffff) throw new Error("stored block too long");
  return Buffer.concat([
    Buffer.from([0x00, len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff]),
    data,
  ]);
}

/** One gzip stream of parts[0] + token + parts[1] + … + token + parts[n]. */
export function assembleGzip(parts: Buffer[], deflated: Buffer[], token: string): Buffer {
  const t = Buffer.from(token);
  const tokenBlock = storedBlock(t);
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [HEADER];
  parts.forEach((part, i) => {
    if (i > 0) {
      out.push(tokenBlock);
      crc = zlib.crc32(t, crc);
      size += t.length;
    }
    out.push(deflated[i]!);
    crc = zlib.crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(out);
}
