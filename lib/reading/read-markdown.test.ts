import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown, readPolicy } from "./ingest";
import { MarkdownReader, splitBlocks } from "./read-markdown";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const policies = [
  ...readdirSync(path.join(ROOT, "seeds", "policies")).map((f) =>
    path.join("seeds", "policies", f),
  ),
  path.join("scripts", "bench", "fixtures", "policy-40k.md"),
];

/** readPolicy as it read a policy before the fast reader: remark on the whole text. */
const readWhole = (text: string) =>
  readPolicy(text, "markdown", { parseMarkdown: (t) => parseMarkdown(t) });

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

describe("reading in pieces", () => {
  it.each(policies)("reads %s into exactly the clauses remark on the whole text gives", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    expect(readPolicy(text, "markdown")).toEqual(readWhole(text));
  });

  it("joins the items of a list cut apart, and reads a text twice the same with a cache", () => {
    const text =
      "# Policy\n\n## Contents\n\n- [One](#one)\n- [Two](#two)\n\n## One\n\n* a\n\n* b\n  * c\n\nText.\n";
    const reader = new MarkdownReader(true);
    const list = reader.tree(text).children[4]!;
    expect(list.type === "list" && list.children.length).toBe(2);
    for (let i = 0; i < 2; i++)
      expect(readPolicy(text, "markdown", { parseMarkdown: (t) => reader.tree(t) })).toEqual(
        readWhole(text),
      );
  });
});
