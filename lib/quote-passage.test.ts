import { describe, expect, it } from "vitest";
import { quotePassage } from "./quote-passage";

const LONG =
  "We keep your data while your account is open. After you close it we delete it within 30 days, except where the law asks us to keep records for longer. Backups roll over every 90 days.";

describe("quotePassage", () => {
  it("keeps a short quote whole", () => {
    expect(quotePassage("  We never sell your data. ")).toBe("We never sell your data.");
  });

  it("keeps the whole sentences that fit, and says more follows", () => {
    expect(quotePassage(LONG, 100)).toBe("We keep your data while your account is open. …");
    expect(quotePassage(LONG, 160)).toBe(
      "We keep your data while your account is open. After you close it we delete it within 30 days, except where the law asks us to keep records for longer. …",
    );
  });

  it("cuts a first sentence too long to fit at a word, never inside one", () => {
    const out = quotePassage(LONG, 30);
    expect(out).toBe("We keep your data while your…");
    expect(LONG.startsWith(out.slice(0, -1))).toBe(true);
  });

  it("shows only the policy's own words, in order", () => {
    for (const max of [20, 50, 80, 120, 160]) {
      const out = quotePassage(LONG, max).replace(/ ?…$/, "");
      expect(LONG.startsWith(out), `max ${max}`).toBe(true);
      expect(out.length).toBeLessThanOrEqual(max);
    }
  });

  it("treats a closing quotation mark as part of its sentence", () => {
    const q = `They call it “sharing.” ${"More words follow here. ".repeat(10)}`;
    expect(quotePassage(q, 30)).toBe("They call it “sharing.” …");
  });
});

describe("quotePassage after a run-in heading", () => {
  // TikTok's third-party sharing, as its clause reads: the bold heading runs into the paragraph.
  const TIKTOK =
    "Corporate Transactions. Your information may be disclosed to third parties in connection with a corporate transaction, such as a merger, sale of assets or shares, reorganisation, financing, change of control, or acquisition of all or a portion of our business.";

  it("never shows the heading alone, but the words after it up to a word", () => {
    const out = quotePassage(TIKTOK);
    expect(out).toBe(
      "Corporate Transactions. Your information may be disclosed to third parties in connection with a corporate transaction, such as a merger, sale of assets or…",
    );
    expect(out.length).toBeLessThanOrEqual(161);
  });

  it("keeps the heading with the whole sentence after it when both fit", () => {
    const q = `Legal Requirements. We may disclose data to comply with the law. ${"More words follow here. ".repeat(8)}`;
    expect(quotePassage(q, 80)).toBe(
      "Legal Requirements. We may disclose data to comply with the law. …",
    );
  });

  it("still shows a first sentence that is a statement on its own", () => {
    const q = `We may share your information with advertisers. ${"More words follow here. ".repeat(8)}`;
    expect(quotePassage(q, 60)).toBe("We may share your information with advertisers. …");
  });
});
