import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { joinWith, splitAt } from "./response-cache";
import { assembleGzip, deflateParts } from "./nonce-gzip";

describe("assembleGzip", () => {
  it("produces a gzip stream that decompresses to the page with the new nonce", () => {
    const old = randomBytes(16).toString("hex");
    const page = Buffer.from(
      `<html><script nonce="${old}">a</script>${"policy text ".repeat(500)}<script nonce="${old}">b</script><p>end</p></html>`,
    );
    const parts = splitAt(page, old);
    expect(parts).toHaveLength(3);
    const deflated = deflateParts(parts);
    const fresh = randomBytes(16).toString("hex");
    const gz = assembleGzip(parts, deflated, fresh);
    expect(zlib.gunzipSync(gz).toString()).toBe(joinWith(parts, fresh).toString());
    expect(gz.length).toBeLessThan(page.length / 4);
  });

  it("handles a body with no nonce, and empty parts", () => {
    for (const body of ["plain body", `nonce`, ""]) {
      const parts = splitAt(Buffer.from(body), "nonce");
      expect(zlib.gunzipSync(assembleGzip(parts, deflateParts(parts), "N")).toString()).toBe(
        body.replace("nonce", "N"),
      );
    }
  });
});
