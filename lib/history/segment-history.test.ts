import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allVersions } from "../corpus/read-history";
import { parseMarkdown, readPolicy } from "../reading/ingest";
import { HistorySegmenter, plainBlock, splitBlocks } from "./segment-history";

const HISTORY = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");

describe("splitBlocks", () => {
  it("cuts after blank lines and at top-level bullets, and loses no character", () => {
    const md = "# Title\n\nOne\nline two\n\n- a\n- b\n  continued\n\n    code\nnext\n";
    const pieces = splitBlocks(md);
    expect(pieces.join("")).toBe(md);
    expect(pieces).toEqual([
      "# Title\n\n",
      "One\nline two\n\n",
      "- a\n",
      "- b\n  continued\n\n    code\nnext\n",
    ]);
    // An empty bullet under a line may be a heading's underline: not cut there.
    expect(splitBlocks("Title\n- \n")).toEqual(["Title\n- \n"]);
  });
});

/** A parsed tree without its positions, which the history never reads. */
const withoutPositions = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(withoutPositions)
    : node && typeof node === "object"
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([k]) => k !== "position")
            .map(([k, v]) => [k, withoutPositions(v)]),
        )
      : node;

describe("plainBlock", () => {
  it.each([
    "We collect your name.\n\n",
    "  Indented by two, over\n      two lines with spaces at the end \nand a third.",
    "Numbers like 2019 and 3.5 percent, quotes “like this” and (brackets).\n\n\n",
    "Ünïcode words, l'été, 個人情報 and a last line without a newline",
    "- A bullet\n  continued, and\nlazily continued.\n\n",
    "*   A starred item\n",
    "+ A plus item",
    "12. A numbered item\n\n",
    "3) Another one",
  ])("builds the blocks the parser builds: %j", (piece) => {
    const fast = plainBlock(piece)?.nodes;
    expect(fast).toBeDefined();
    expect(fast).toEqual(withoutPositions(parseMarkdown(piece).children));
    expect(fast).toEqual(withoutPositions(parseMarkdown(piece, true).children));
  });

  it.each([
    ["markup", "Read the **terms** or [this](https://x.org)."],
    ["an escape", "Item 1\\. continues"],
    ["an entity", "AT&amp;T"],
    ["a web address (a GFM link)", "See www.example.com today."],
    ["an e-mail address (a GFM link)", "Write to privacy@example.com."],
    ["a list of two", "- one\n- two"],
    ["a nested list", "- one\n  - two"],
    ["code in a list item", "-     code"],
    ["an empty item", "- "],
    ["a numbered list of two", "1. one\n2. two"],
    ["a numbered list after a line", "Text\n2) two"],
    ["a heading", "# Title"],
    ["a setext heading", "Title\n====="],
    ["a setext heading (dashes)", "Title\n---"],
    ["code", "    indented code"],
    ["a hard break", "one  \ntwo"],
    ["a tab", "\tindented"],
    ["two blocks", "one\n\n    two"],
    ["a quote", "> quoted"],
    ["a table row", "a | b"],
    ["nothing", "\n\n"],
  ])("leaves %s to the parser", (_, piece) => {
    expect(plainBlock(piece)).toBeNull();
  });
});

describe("HistorySegmenter", () => {
  it("reads a piece of a version with GitHub's extensions when the whole version has a table", () => {
    const text =
      "# Policy\n\n| Data | Kept |\n|---|---|\n| logs | 30 days |\n\nVisit www.example.com for more.\n\n~~Old~~ New terms apply.\n";
    const clauses = new HistorySegmenter().segment(text).clauses;
    expect(clauses).toEqual(readPolicy(text, "markdown").clauses);
    expect(clauses.map((c) => c.text)).toContain("Old New terms apply.");
  });

  it("reads pieces that leave a block open (code, quotes, lists) exactly as the whole version", () => {
    const versions = [
      "# P\n\nFirst *para*.\n\n- a\n- b\n\n    code\n\n> quote\n> more\n\n* star\n\n1. one\n2. two\n",
      "# P\n\nFirst *para*, edited.\n\n- a\n- b, edited\n- c\n\n    code\nlazy\n\n> quote\n\n+ plus\n\n3) three\n\n<div>\nhtml\n</div>\n\nEnd.",
    ];
    const segmenter = new HistorySegmenter();
    for (const text of versions)
      expect(segmenter.segment(text).clauses).toEqual(readPolicy(text, "markdown").clauses);
  });

  // Real histories with lists, tables, tables of contents, nested bullets and many small edits.
  it.each([
    "xanga",
    "signal",
    "github",
    "wetransfer",
    "spotify",
    "facebook",
    "bitwarden",
    "allstate",
  ])(
    "reads every version of %s into exactly the clauses the corpus reads",
    (slug) => {
      const versions = allVersions(readFileSync(path.join(HISTORY, `${slug}.jsonl.br`)));
      const segmenter = new HistorySegmenter();
      const step = Math.max(1, Math.floor(versions.length / 5));
      for (let i = 0; i < versions.length; i += step) {
        const text = versions[i]!.text;
        expect(segmenter.segment(text).clauses).toEqual(readPolicy(text, "markdown").clauses);
      }
    },
    120_000,
  );
});
