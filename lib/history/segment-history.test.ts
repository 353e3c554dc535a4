import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allVersions } from "../corpus/read-history";
import { parseMarkdown, readPolicy } from "../reading/ingest";
import { HistorySegmenter } from "./segment-history";

const HISTORY = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");

/** readPolicy as it read a policy before the fast reader: remark on the whole text. */
const readWhole = (text: string) =>
  readPolicy(text, "markdown", { parseMarkdown: (t) => parseMarkdown(t) }).clauses;

describe("HistorySegmenter", () => {
  it("reads a piece of a version with GitHub's extensions when the whole version has a table", () => {
    const text =
      "# Policy\n\n| Data | Kept |\n|---|---|\n| logs | 30 days |\n\nVisit www.example.com for more.\n\n~~Old~~ New terms apply.\n";
    const clauses = new HistorySegmenter().segment(text).clauses;
    expect(clauses).toEqual(readWhole(text));
    expect(clauses.map((c) => c.text)).toContain("Old New terms apply.");
  });

  it("reads pieces that leave a block open (code, quotes, lists) exactly as the whole version", () => {
    const versions = [
      "# P\n\nFirst *para*.\n\n- a\n- b\n\n    code\n\n> quote\n> more\n\n* star\n\n1. one\n2. two\n",
      "# P\n\nFirst *para*, edited.\n\n- a\n- b, edited\n- c\n\n    code\nlazy\n\n> quote\n\n+ plus\n\n3) three\n\n<div>\nhtml\n</div>\n\nEnd.",
    ];
    const segmenter = new HistorySegmenter();
    for (const text of versions) expect(segmenter.segment(text).clauses).toEqual(readWhole(text));
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
        expect(segmenter.segment(text).clauses).toEqual(readWhole(text));
      }
    },
    120_000,
  );
});
