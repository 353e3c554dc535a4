import { describe, expect, it } from "vitest";
import { asksForDocument } from "./document-render";

describe("asksForDocument", () => {
  it("is true for a plain page request", () => {
    expect(asksForDocument("GET", "/", { accept: "text/html" })).toBe(true);
    expect(asksForDocument("HEAD", "/companies/mozy", {})).toBe(true);
  });

  it("is false for what Next answers with its payload alone", () => {
    expect(asksForDocument("GET", "/", { rsc: "1" })).toBe(false);
    expect(asksForDocument("GET", "/", { rsc: "1", "next-router-prefetch": "1" })).toBe(false);
    expect(asksForDocument("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
    expect(asksForDocument("GET", "/companies/mozy.rsc", {})).toBe(false);
    expect(asksForDocument("GET", "/companies/mozy.segments/_tree.segment.rsc", {})).toBe(false);
  });

  it("is false for posts (a Server Action answers with a payload, a plain form post may too)", () => {
    expect(asksForDocument("POST", "/analyze", { "next-action": "abc" })).toBe(false);
    expect(asksForDocument("POST", "/analyze", {})).toBe(false);
  });
});
