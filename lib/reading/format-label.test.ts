import { describe, expect, it } from "vitest";
import { formatLabel } from "./format-label";
import { readPolicy } from "./ingest";

describe("what a reading says it read the policy as", () => {
  it("says plain text or markdown for pasted text, which declares no format", () => {
    const pasted = "We keep your data for thirty days.\n\nWe never sell it.";
    expect(formatLabel(readPolicy(pasted).format, false)).toBe("plain text or markdown");
  });

  it("names a declared format, and HTML however it was known", () => {
    expect(formatLabel("markdown", true)).toBe("markdown");
    expect(formatLabel("text", true)).toBe("plain text");
    expect(formatLabel("html", true)).toBe("HTML");
    expect(formatLabel(readPolicy("<p>We never sell your data.</p>").format, false)).toBe("HTML");
  });
});
