import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allVersions } from "../corpus/read-history";
import { readPolicy } from "../reading/ingest";
import { HistorySegmenter, splitBlocks } from "./segment-history";

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

describe("HistorySegmenter", () => {
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
