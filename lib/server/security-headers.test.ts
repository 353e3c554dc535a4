import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, nonceOf } from "./security-headers";

describe("the CSP nonce", () => {
  it("reads back from the policy that carries it, and is absent without one", () => {
    const nonce = newNonce();
    expect(nonceOf(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(nonceOf(null)).toBeUndefined();
    expect(nonceOf("default-src 'self'")).toBeUndefined();
    // Only a nonce this module could have written: no quotes or markup carried into a page.
    expect(nonceOf(`script-src 'nonce-abc"><script>'`)).toBeUndefined();
  });
});
