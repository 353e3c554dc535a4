import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, splitHighlights, stripSentinels, toGuillemets } from "./highlight";

const hl = (s: string) => s.replaceAll("[", HIT_START).replaceAll("]", HIT_END);

describe("splitHighlights", () => {
  it("separates matched words from the text around them", () => {
    expect(splitHighlights(hl("the American [Arbitration] Association"))).toEqual([
      { text: "the American ", hit: false },
      { text: "Arbitration", hit: true },
      { text: " Association", hit: false },
    ]);
  });

  it("joins adjacent matches into one mark and keeps text without markers whole", () => {
    expect(splitHighlights(hl("[dispute][resolution] body"))).toEqual([
      { text: "disputeresolution", hit: true },
      { text: " body", hit: false },
    ]);
    expect(splitHighlights("no match here")).toEqual([{ text: "no match here", hit: false }]);
  });

  it("treats HTML in policy text as text, never as markup", () => {
    const parts = splitHighlights(hl("<script>alert(1)</script> [cookies]"));
    expect(parts[0]).toEqual({ text: "<script>alert(1)</script> ", hit: false });
    expect(parts[1]).toEqual({ text: "cookies", hit: true });
  });

  it("merges matches separated only by spaces, but not across punctuation", () => {
    expect(splitHighlights(hl("the [Safe] [Harbor] [Framework], and"))).toEqual([
      { text: "the ", hit: false },
      { text: "Safe Harbor Framework", hit: true },
      { text: ", and", hit: false },
    ]);
    expect(splitHighlights(hl("[cookies], [beacons]"))).toHaveLength(3);
  });

  it("marks a hyphenated word whose halves both match as one word, but not halves apart", () => {
    expect(splitHighlights(hl("[Third]-[Party] services and [third]\u2011[party]"))).toEqual([
      { text: "Third-Party", hit: true },
      { text: " services and ", hit: false },
      { text: "third\u2011party", hit: true },
    ]);
    expect(splitHighlights(hl("[third] - [party]"))).toHaveLength(3);
    expect(splitHighlights(hl("[third]--[party]"))).toHaveLength(3);
    expect(splitHighlights(hl("[third]-party"))).toEqual([
      { text: "third", hit: true },
      { text: "-party", hit: false },
    ]);
  });

  it("drops stray and unbalanced markers without losing text", () => {
    expect(splitHighlights(hl("a]b[c"))).toEqual([
      { text: "ab", hit: false },
      { text: "c", hit: true },
    ]);
    expect(splitHighlights("")).toEqual([]);
  });
});

describe("toGuillemets", () => {
  it("wraps each match in guillemets for the API's plain-text snippets", () => {
    expect(toGuillemets(hl("an independent [dispute] [resolution] mechanism"))).toBe(
      "an independent «dispute resolution» mechanism",
    );
  });
});

describe("stripSentinels", () => {
  it("removes only the two marker characters", () => {
    expect(stripSentinels(hl("[a] b — «c»"))).toBe("a b — «c»");
  });
});
