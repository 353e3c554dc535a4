import { describe, expect, it } from "vitest";
import { isFailedCapture } from "./failed-capture";

describe("isFailedCapture", () => {
  it("finds a cookie wall, an error page and a truncated page recorded in place of the policy", () => {
    // Instagram, May 2, 2026: 9,206 words speaking to 13 practices, then the cookie wall.
    expect(isFailedCapture({ words: 122, practices: 1 }, { words: 9206, practices: 13 })).toBe(
      true,
    );
    // NordVPN's "Loading", an empty capture.
    expect(isFailedCapture({ words: 1, practices: 0 }, { words: 6106, practices: 14 })).toBe(true);
    expect(isFailedCapture({ words: 0, practices: 0 }, { words: 3934, practices: 13 })).toBe(true);
    // Allstate, Oct 21, 2025: the statement's first paragraph only.
    expect(isFailedCapture({ words: 130, practices: 0 }, { words: 6106, practices: 14 })).toBe(
      true,
    );
  });

  it("keeps a real rewrite to a shorter policy that still speaks to most practices", () => {
    // USA.gov, 2021: 6,529 → 819 words, 7 of 12 practices still addressed.
    expect(isFailedCapture({ words: 819, practices: 7 }, { words: 6529, practices: 12 })).toBe(
      false,
    );
    // Pixiv, 2024: a tenth of the words, every practice.
    expect(isFailedCapture({ words: 7046, practices: 14 }, { words: 65933, practices: 12 })).toBe(
      false,
    );
  });

  it("keeps a short text that is not much shorter than the one before it", () => {
    expect(isFailedCapture({ words: 300, practices: 2 }, { words: 900, practices: 3 })).toBe(false);
  });

  it("never calls a first recording a failure: there is nothing to compare it with", () => {
    expect(isFailedCapture({ words: 0, practices: 0 }, null)).toBe(false);
  });
});
