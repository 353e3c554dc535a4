import type http from "node:http";
import { beforeEach, describe, expect, it } from "vitest";
import { guardRequest } from "../request-guard";
import { isReadingRefusal } from "../reading-refusals";
import { gateAnalyzePost, resetAnalyzeGate } from "./analyze-gate";

const req = (
  method: string,
  address = "10.0.0.1",
  length?: number,
  extra: Record<string, string> = {},
) =>
  ({
    method,
    socket: { remoteAddress: address },
    headers: { ...(length === undefined ? {} : { "content-length": String(length) }), ...extra },
  }) as unknown as http.IncomingMessage;

beforeEach(() => resetAnalyzeGate());

describe("the request guard lets reading posts through, and only them", () => {
  it("passes POST to /analyze and /api/analyze; other paths still answer 405", () => {
    expect(guardRequest("POST", "/analyze")).toBeNull();
    expect(guardRequest("POST", "/api/analyze")).toBeNull();
    expect(guardRequest("POST", "/api/companies")?.status).toBe(405);
    expect(guardRequest("PUT", "/api/analyze")).toMatchObject({
      status: 405,
      headers: { Allow: "GET, HEAD, OPTIONS, POST" },
    });
  });
});

describe("gateAnalyzePost", () => {
  it("ignores GETs and other paths", () => {
    expect(gateAnalyzePost(req("GET"), "/analyze")).toBeNull();
    expect(gateAnalyzePost(req("POST"), "/api/search")).toBeNull();
  });

  it("answers 413 for a declared body over 2 MB: JSON on the API, a page without the input on /analyze", () => {
    const api = gateAnalyzePost(req("POST", "a", 3 * 1024 * 1024), "/api/analyze");
    expect(api?.status).toBe(413);
    expect(JSON.parse(api!.body).error).toMatch(/2 MB/);
    const page = gateAnalyzePost(req("POST", "b", 3 * 1024 * 1024), "/analyze");
    expect(page?.status).toBe(413);
    expect(page?.headers["Content-Type"]).toMatch(/text\/html/);
    // A form post's framing is allowed for on the page, not on the API.
    expect(gateAnalyzePost(req("POST", "c", 2 * 1024 * 1024 + 1000), "/analyze")).toBeNull();
    expect(gateAnalyzePost(req("POST", "c", 2 * 1024 * 1024 + 1000), "/api/analyze")?.status).toBe(
      413,
    );
  });

  it("allows a burst of 20 readings per client, then 429 with Retry-After, refilling over time", () => {
    const now = 1_000_000;
    for (let i = 0; i < 20; i++)
      expect(gateAnalyzePost(req("POST"), "/api/analyze", now)).toBeNull();
    const limited = gateAnalyzePost(req("POST"), "/api/analyze", now);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers["Retry-After"])).toBeGreaterThan(0);
    // Another client is not affected; the first gets one more reading after 6 seconds.
    expect(gateAnalyzePost(req("POST", "10.0.0.2"), "/api/analyze", now)).toBeNull();
    expect(gateAnalyzePost(req("POST"), "/api/analyze", now + 6_000)).toBeNull();
  });

  it("answers the form's scripted post (a Server Action call) in plain text the form can show", () => {
    const script = { "next-action": "7f3a" };
    const big = gateAnalyzePost(req("POST", "d", 3 * 1024 * 1024, script), "/analyze");
    expect(big?.status).toBe(413);
    // Next's client passes the text on only for exactly "text/plain".
    expect(big?.headers["Content-Type"]).toBe("text/plain");
    expect(isReadingRefusal(big!.body)).toBe(true);
    const now = 2_000_000;
    for (let i = 0; i < 20; i++) gateAnalyzePost(req("POST", "e", 100, script), "/analyze", now);
    const limited = gateAnalyzePost(req("POST", "e", 100, script), "/analyze", now);
    expect(limited).toMatchObject({ status: 429, headers: { "Content-Type": "text/plain" } });
    expect(limited!.body).toBe("Too many readings from your address: try again in 6 seconds.");
    expect(isReadingRefusal(limited!.body)).toBe(true);
    // The same post without its script gets a page with a way back.
    const page = gateAnalyzePost(req("POST", "e", 100), "/analyze", now);
    expect(page?.headers["Content-Type"]).toMatch(/^text\/html/);
    expect(page?.body).toContain('<a href="/analyze">Back to Read a policy</a>');
  });
});

describe("isReadingRefusal", () => {
  it("recognises the front server's refusals and nothing else", () => {
    expect(isReadingRefusal("Too many readings from your address: try again in 12 seconds.")).toBe(
      true,
    );
    expect(isReadingRefusal("An unexpected response was received from the server.")).toBe(false);
    expect(isReadingRefusal("Too many readings from your address: <b>x</b>")).toBe(false);
  });
});
