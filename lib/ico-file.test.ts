import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { icoFile, icoSizes } from "./ico-file";

const root = path.resolve(import.meta.dirname, "..");
const fakePng = (width: number) => {
  const b = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(width, 16);
  return b;
};

describe("icoFile", () => {
  it("writes a directory that points at each image, read back with its size", () => {
    const ico = icoFile([
      { size: 16, png: fakePng(16) },
      { size: 256, png: fakePng(256) },
    ]);
    expect(icoSizes(ico)).toEqual([16, 256]);
    expect(ico.length).toBe(6 + 2 * 16 + 2 * 24);
  });

  it("refuses a size an icon cannot have", () => {
    expect(() => icoFile([{ size: 300, png: fakePng(300) }])).toThrow(/1 to 256/);
  });

  it("rejects a file whose listed size differs from its image", () => {
    const ico = icoFile([{ size: 32, png: fakePng(16) }]);
    expect(() => icoSizes(ico)).toThrow(/16 pixels wide, listed as 32/);
  });
});

describe("app/favicon.ico", () => {
  it("is a valid icon of the app's mark at 16, 32 and 48 pixels, small enough to serve on every visit", () => {
    const ico = readFileSync(path.join(root, "app/favicon.ico"));
    expect(icoSizes(ico)).toEqual([16, 32, 48]);
    expect(ico.length).toBeLessThan(10_000);
  });
});
