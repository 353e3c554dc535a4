/** One image of an icon: its side in pixels and its PNG bytes. */
export type IconImage = { size: number; png: Buffer };

const HEADER = 6;
const ENTRY = 16;

/**
 * An ICO file holding PNG images, the form every browser since IE 7 reads: browsers and
 * crawlers still ask for /favicon.ico whatever the page's `<link rel="icon">` says.
 */
export function icoFile(images: readonly IconImage[]): Buffer {
  const header = Buffer.alloc(HEADER);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = HEADER + ENTRY * images.length;
  const entries = images.map(({ size, png }) => {
    if (size < 1 || size > 256) throw new Error(`An icon is 1 to 256 pixels wide, not ${size}.`);
    const e = Buffer.alloc(ENTRY);
    e.writeUInt8(size % 256, 0); // 0 stands for 256
    e.writeUInt8(size % 256, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The sizes of the images an ICO file holds, read back from its directory (for tests). */
export function icoSizes(ico: Buffer): number[] {
  if (ico.length < HEADER || ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1)
    throw new Error("Not an ICO file.");
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = HEADER + ENTRY * i;
    const size = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    if (offset + length > ico.length) throw new Error(`Image ${i} runs past the end of the file.`);
    const png = ico.subarray(offset, offset + 8);
    if (!png.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
      throw new Error(`Image ${i} is not a PNG.`);
    // A PNG's width is the first field of its IHDR chunk, at byte 16.
    const width = ico.readUInt32BE(offset + 16);
    if (width !== size) throw new Error(`Image ${i} is ${width} pixels wide, listed as ${size}.`);
    return size;
  });
}
