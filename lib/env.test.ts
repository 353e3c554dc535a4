import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { publicBaseUrl } from "./public-url";

const vars = (v: Record<string, string>) => v as NodeJS.ProcessEnv;

describe("PUBLIC_BASE_URL", () => {
  it("is optional, and kept without its trailing slash", () => {
    expect(readEnv(vars({})).PUBLIC_BASE_URL).toBeUndefined();
    expect(readEnv(vars({ PUBLIC_BASE_URL: "  " })).PUBLIC_BASE_URL).toBeUndefined();
    expect(readEnv(vars({ PUBLIC_BASE_URL: "https://atlas.example.org/" })).PUBLIC_BASE_URL).toBe(
      "https://atlas.example.org",
    );
    expect(readEnv(vars({ PUBLIC_BASE_URL: "http://host:8080/atlas/" })).PUBLIC_BASE_URL).toBe(
      "http://host:8080/atlas",
    );
  });

  it("stops start-up with a message naming the variable for anything but a plain http(s) address", () => {
    for (const bad of [
      "atlas.example.org",
      "ftp://atlas.example.org",
      "javascript:alert(1)",
      "https://atlas.example.org/?x=1",
      "https://atlas.example.org/#top",
      "https://user:pw@atlas.example.org",
    ])
      expect(() => readEnv(vars({ PUBLIC_BASE_URL: bad })), bad).toThrow(
        /PUBLIC_BASE_URL: must be/,
      );
  });

  it("is the base of absolute links, or else the request's own origin", () => {
    const req = new Request("http://localhost:4400/api/export?format=csv");
    expect(publicBaseUrl(req, vars({}))).toBe("http://localhost:4400");
    const proxied = (host: string) =>
      new Request("http://localhost:36291/api/export", { headers: { host } });
    expect(publicBaseUrl(proxied("Atlas.Example.org:4410"), vars({}))).toBe(
      "http://atlas.example.org:4410",
    );
    // A Host header that is not a host name is never echoed into links.
    for (const bad of ["evil.example/x?", "a b", "x@y", ""])
      expect(publicBaseUrl(proxied(bad), vars({})), bad).toBe("http://localhost:36291");
    expect(publicBaseUrl(req, vars({ PUBLIC_BASE_URL: "https://atlas.example.org/" }))).toBe(
      "https://atlas.example.org",
    );
  });
});

describe("NEXT_PROCESSES", () => {
  it("is one Next process unless told, and refuses anything but a whole number from 1 to 16", () => {
    expect(readEnv(vars({})).NEXT_PROCESSES).toBe(1);
    expect(readEnv(vars({ NEXT_PROCESSES: "2" })).NEXT_PROCESSES).toBe(2);
    for (const bad of ["0", "17", "1.5", "two"])
      expect(() => readEnv(vars({ NEXT_PROCESSES: bad })), bad).toThrow(/NEXT_PROCESSES/);
  });
});
