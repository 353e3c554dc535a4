import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { REQUESTED_SLUG_HEADER } from "@/lib/slug-address";

const visit = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe("the proxy in front of company and practice pages", () => {
  it("sends a slug typed in capitals to its lower-case address for good, with its query", () => {
    const res = visit("/companies/Mozy/changes?practice=cookies&since=2020");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(
      "http://localhost:3000/companies/mozy/changes?practice=cookies&since=2020",
    );
    expect(visit("/practices/Cookies").headers.get("location")).toBe(
      "http://localhost:3000/practices/cookies",
    );
  });

  it("passes a lower-case address on, telling the company not-found page the slug asked for", () => {
    const res = visit("/companies/signall");
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.get(`x-middleware-request-${REQUESTED_SLUG_HEADER}`)).toBe("signall");
    const long = visit(`/companies/${"b".repeat(8_000)}`);
    expect(long.headers.get(`x-middleware-request-${REQUESTED_SLUG_HEADER}`)).toHaveLength(100);
  });

  it("runs only under /companies/ and /practices/", () => {
    expect(config.matcher).toEqual(["/companies/:path+", "/practices/:path+"]);
  });
});
