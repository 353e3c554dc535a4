import { describe, expect, it } from "vitest";
import { isNotModified, lastModifiedOf, notModifiedHeaders } from "./conditional-get";

const get = (headers: Record<string, string>) => ({ method: "GET", headers });
const tagged = { etag: 'W/"abc"', "last-modified": "Sat, 05 Dec 2026 03:00:00 GMT" };

describe("conditional GETs", () => {
  it("dates a data version stamped in milliseconds, and nothing else", () => {
    expect(lastModifiedOf("1796439600000")).toBe("Sat, 05 Dec 2026 03:00:00 GMT");
    expect(lastModifiedOf("0")).toBeUndefined();
    expect(lastModifiedOf("synthetic")).toBeUndefined();
    expect(lastModifiedOf(null)).toBeUndefined();
  });

  it("compares tags weakly, in a list or as *", () => {
    expect(isNotModified(get({ "if-none-match": '"abc"' }), 200, tagged)).toBe(true);
    expect(isNotModified(get({ "if-none-match": '"x", W/"abc"' }), 200, tagged)).toBe(true);
    expect(isNotModified(get({ "if-none-match": "*" }), 200, tagged)).toBe(true);
    expect(isNotModified(get({ "if-none-match": '"abd"' }), 200, tagged)).toBe(false);
  });

  it("lets If-None-Match decide over If-Modified-Since", () => {
    const both = { "if-none-match": '"old"', "if-modified-since": "Sun, 06 Dec 2026 00:00:00 GMT" };
    expect(isNotModified(get(both), 200, tagged)).toBe(false);
  });

  it("reads If-Modified-Since to the second, and ignores a date it cannot parse", () => {
    const at = (d: string) => isNotModified(get({ "if-modified-since": d }), 200, tagged);
    expect(at("Sat, 05 Dec 2026 03:00:00 GMT")).toBe(true);
    expect(at("Sat, 05 Dec 2026 02:59:59 GMT")).toBe(false);
    expect(at("yesterday")).toBe(false);
  });

  it("never answers 304 for an untagged response, an error or a write", () => {
    const match = { "if-none-match": '"abc"' };
    expect(isNotModified(get(match), 200, { "last-modified": tagged["last-modified"] })).toBe(
      false,
    );
    expect(isNotModified(get(match), 404, tagged)).toBe(false);
    expect(isNotModified({ method: "POST", headers: match }, 200, tagged)).toBe(false);
    expect(isNotModified({ method: "HEAD", headers: match }, 200, tagged)).toBe(true);
  });

  it("repeats only the headers a 304 may carry", () => {
    expect(
      notModifiedHeaders({
        ...tagged,
        "content-type": "application/json",
        "cache-control": "no-cache",
      }),
    ).toEqual({ ...tagged, "cache-control": "no-cache" });
  });
});
