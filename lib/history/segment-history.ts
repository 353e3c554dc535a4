import type { Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { segmentTree, type SegmentedPolicy } from "../seed/segment-policy";

/*
 * Markdown that can carry meaning across a blank line: fenced code, HTML blocks that end only at
 * their closing marker, and link or footnote definitions (used anywhere in the document). A
 * version holding any of these is parsed whole.
 */
const CROSS_BLOCK =
  /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z])|\[[^\]\n]+\]:)/im;

const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 10;

/**
 * Cuts markdown where a block necessarily starts afresh: at a line in column 0 after a blank
 * line, and at a column-0 bullet (a new item of a top-level list). The parser's blocks for the
 * whole text are then the concatenation of the blocks of the pieces.
 */
export function splitBlocks(markdown: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let pos = 0;
  let previousBlank = false;
  while (pos < markdown.length) {
    let end = markdown.indexOf("\n", pos);
    if (end < 0) end = markdown.length;
    const first = markdown.charCodeAt(pos);
    if (pos > start && !isSpace(first)) {
      const bullet =
        (first === 45 || first === 42 || first === 43) && markdown.charCodeAt(pos + 1) === 32;
      if (previousBlank || bullet) {
        pieces.push(markdown.slice(start, pos));
        start = pos;
      }
    }
    let blank = true;
    for (let i = pos; i < end; i++)
      if (!isSpace(markdown.charCodeAt(i))) {
        blank = false;
        break;
      }
    previousBlank = blank;
    pos = end + 1;
  }
  if (start < markdown.length) pieces.push(markdown.slice(start));
  return pieces;
}

/**
 * Segments the successive versions of one policy exactly as the corpus segments a policy
 * (lib/seed/segment-policy.ts), but parses each distinct block of markdown once: consecutive
 * versions share most of their text, and parsing is what costs. One segmenter per policy, so
 * its cache holds one policy's blocks.
 */
export class HistorySegmenter {
  private readonly parser = unified().use(remarkParse);
  private readonly blocks = new Map<string, RootContent[]>();

  private parse(markdown: string): RootContent[] {
    return (this.parser.parse(markdown) as Root).children;
  }

  tree(markdown: string): Root {
    if (CROSS_BLOCK.test(markdown)) return { type: "root", children: this.parse(markdown) };
    const children: RootContent[] = [];
    for (const piece of splitBlocks(markdown)) {
      let nodes = this.blocks.get(piece);
      if (!nodes) {
        nodes = this.parse(piece);
        this.blocks.set(piece, nodes);
      }
      for (const node of nodes) children.push(node);
    }
    return { type: "root", children };
  }

  segment(markdown: string): SegmentedPolicy {
    return segmentTree(this.tree(markdown));
  }
}
