import { describe, expect, it } from "vitest";
import { wordDiff, type WordPart } from "./word-diff";

/** The diff as text: [-removed-] and {+added+}. */
const marked = (parts: WordPart[]) =>
  parts
    .map((p) =>
      p.change === "added" ? `{+${p.text}+}` : p.change === "removed" ? `[-${p.text}-]` : p.text,
    )
    .join("");

const textOf = (parts: WordPart[], without: WordPart["change"]) =>
  parts
    .filter((p) => p.change !== without)
    .map((p) => p.text)
    .join("");

// Real clauses from Telegram's and Qwant's histories (August 2026).
const TELEGRAM_ADS = {
  before:
    "Telegram offers a tool for advertisers to promote their messages in public one-to-many channels, but these sponsored messages are based solely on the topic of the public channels in which they are shown. No user data is mined or analyzed to display ads or sponsored messages.",
  after:
    "Telegram offers a tool for advertisers to promote their messages in public one-to-many channels (with 1,000 subscribers or more), as well as in bots, stories, and Telegram’s public search. By default, these sponsored messages are based solely on the topic of the public channels or search terms in which they are shown. No contents of private chats or contacts lists are mined or analyzed to display ads or sponsored messages.",
};
const QWANT_REMAINS = {
  before:
    "Qwant remains your search engine, preserving your privacy without targeted advertising or storing your search history, thus guaranteeing neutral and unfiltered results without using advertising cookies on your Device. Your data remains confidential, and the processing of your data remains the same.",
  after:
    "Qwant remains at all times your search engine that preserves your privacy, without targeted advertising or retention of your search history, thereby guaranteeing neutral and unfiltered results, without using advertising cookies on your Device. Details on the processing of your data are available in the “Without consent” processing table. Qwant offers its users several new ways of using its Services.",
};

describe("wordDiff", () => {
  it("reproduces both texts exactly, spaces and punctuation included", () => {
    for (const { before, after } of [TELEGRAM_ADS, QWANT_REMAINS]) {
      const { parts } = wordDiff(before, after);
      expect(textOf(parts, "added")).toBe(before);
      expect(textOf(parts, "removed")).toBe(after);
    }
  });

  it("shows the old words of an edit, then the new, instead of alternating them word by word", () => {
    const { parts, rewritten } = wordDiff(TELEGRAM_ADS.before, TELEGRAM_ADS.after);
    expect(rewritten).toBe(false);
    const text = marked(parts);
    expect(text).toContain(
      "No [-user data is -]{+contents of private chats or contacts lists are +}mined",
    );
    // The alternation the plain word diff gave: "No ~~user~~contents ~~data~~of ~~is~~private".
    expect(text).not.toContain("[-user-]");
    // Never two removed (or two added) parts in a row, nor an added part before a removed one.
    parts.forEach((p, i) => {
      const next = parts[i + 1];
      if (p.change !== "same") expect(next?.change).not.toBe(p.change);
      if (p.change === "added") expect(next?.change).not.toBe("removed");
    });
  });

  it("folds spaces and punctuation between two edits into them", () => {
    const { parts, places } = wordDiff(
      "We keep IP address for you",
      "We keep search fields as you",
    );
    expect(marked(parts)).toBe("We keep [-IP address for-]{+search fields as+} you");
    expect(places).toBe(1);
  });

  it("keeps word marks for a phrase reworded in one or two places, however much of a short clause it is", () => {
    const d = wordDiff(
      "We don't use your data to show you ads.",
      "We don't use the contents of any of your chats or contact lists to show you ads.",
    );
    expect(d.keptShare).toBeLessThan(0.5);
    expect(d.places).toBe(1);
    expect(d.rewritten).toBe(false);
    expect(marked(d.parts)).toBe(
      "We don't use [-your data -]{+the contents of any of your chats or contact lists +}to show you ads.",
    );
  });

  it("shows a clause rewritten in many places as two texts", () => {
    const d = wordDiff(QWANT_REMAINS.before, QWANT_REMAINS.after);
    expect(d.keptShare).toBeLessThan(0.5);
    expect(d.places).toBeGreaterThan(2);
    expect(d.rewritten).toBe(true);
  });

  it("shows two texts that share almost no word as two texts", () => {
    const d = wordDiff(
      "Data retention period: 6 months",
      "CATEGORY — DATA CONCERNED — RETENTION PERIOD",
    );
    expect(d.places).toBe(1);
    expect(d.rewritten).toBe(true);
  });

  it("keeps marks where the clauses mostly agree, and for a sentence appended", () => {
    expect(wordDiff("Last update: August 3, 2021", "Last update: August 16, 2021").rewritten).toBe(
      false,
    );
    const appended = wordDiff(
      "You can access and update your personal data via the Bolt app.",
      "You can access and update your personal data via the Bolt app. You have the right to ask us to rectify information you think is otherwise inaccurate.",
    );
    expect(appended.keptShare).toBeLessThan(0.5);
    expect(appended.rewritten).toBe(false);
  });

  it("treats identical texts as unchanged", () => {
    const d = wordDiff("Same text.", "Same text.");
    expect(d).toMatchObject({ keptShare: 1, places: 0, rewritten: false });
  });
});
