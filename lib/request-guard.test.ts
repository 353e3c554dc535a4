import { describe, expect, it } from "vitest";
import { guardRequest } from "./request-guard";

describe("guardRequest", () => {
  it("lets GET and HEAD through on any valid path", () => {
    for (const method of ["GET", "HEAD"]) {
      for (const path of ["/", "/companies/mozy", "/api/matrix", "/companies/%E2%9C%93", "/nope"])
        expect(guardRequest(method, path), `${method} ${path}`).toBeNull();
    }
  });

  it("answers OPTIONS itself with the allowed methods", () => {
    expect(guardRequest("OPTIONS", "/api/companies")).toEqual({
      status: 204,
      headers: { Allow: "GET, HEAD, OPTIONS" },
      body: "",
    });
  });

  it("refuses other methods with 405 and an Allow header, as JSON {error} under /api", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"]) {
      const api = guardRequest(method, "/api/companies/mozy")!;
      expect(api.status).toBe(405);
      expect(api.headers.Allow).toBe("GET, HEAD, OPTIONS");
      expect(JSON.parse(api.body)).toEqual({ error: expect.stringContaining(method) });
      const page = guardRequest(method, "/companies/mozy")!;
      expect(page.status).toBe(405);
      expect(page.headers["Content-Type"]).toMatch(/^text\/plain/);
    }
  });

  it("refuses a path that is not valid percent-encoding with 400, before any method check", () => {
    for (const path of [
      "/companies/%E0%A4%A",
      "/companies/%zz",
      "/practices/%",
      "/api/companies/%C0%AF",
      "/%ED%A0%80",
    ]) {
      expect(guardRequest("GET", path)?.status, path).toBe(400);
      expect(guardRequest("POST", path)?.status, path).toBe(400);
    }
    expect(JSON.parse(guardRequest("GET", "/api/companies/%zz")!.body)).toHaveProperty("error");
  });

  it("does not echo a long method name back in full", () => {
    expect(guardRequest("X".repeat(500), "/")!.body.length).toBeLessThan(100);
  });
});
