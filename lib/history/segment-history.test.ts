import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allVersions } from "../corpus/read-history";
import { segmentPolicy } from "../seed/segment-policy";
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
  });
});

describe("HistorySegmenter", () => {
  // Real histories with lists, tables of links, nested bullets and many small edits.
  it.each(["xanga", "signal", "github", "wetransfer", "spotify"])(
    "segments every version of %s exactly as the corpus segments a policy",
    (slug) => {
      const versions = allVersions(readFileSync(path.join(HISTORY, `${slug}.jsonl.br`)));
      const segmenter = new HistorySegmenter();
      const step = Math.max(1, Math.floor(versions.length / 12));
      for (let i = 0; i < versions.length; i += step) {
        const text = versions[i]!.text;
        expect(segmenter.segment(text)).toEqual(segmentPolicy(text));
      }
    },
    120_000,
  );
});
