import type { Root, RootContent } from "mdast";
import { parseMarkdown, readPolicy, type ReadClause } from "../reading/ingest";
import { ReadingError } from "../reading/reading-error";

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
      // A bullet with words after it: an empty one ("- ") may underline a heading instead.
      const bullet =
        (first === 45 || first === 42 || first === 43) &&
        /^[-*+] +\S/.test(markdown.slice(pos, Math.min(end, pos + 80)));
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
 * Reads the successive versions of one policy exactly as the corpus reads a policy
 * (readPolicy in lib/reading/ingest.ts: furniture dropped, the seed's segmentation, long clauses
 * split), but parses each distinct block of markdown once: consecutive versions share most of
 * their text, and parsing is what costs. One segmenter per policy, so its cache holds one
 * policy's blocks.
 */
export class HistorySegmenter {
  private readonly blocks = new Map<string, RootContent[]>();
  /** The marker of each top-level list parsed ("-", "*", "+", or "." / ")" for numbered ones). */
  private readonly markers = new WeakMap<RootContent, string>();

  private parsePiece(piece: string): RootContent[] {
    let nodes = this.blocks.get(piece);
    if (nodes) return nodes;
    nodes = parseMarkdown(piece).children;
    for (const node of nodes)
      if (node.type === "list") {
        const start = piece.slice(node.position?.start.offset ?? 0).trimStart();
        this.markers.set(node, node.ordered ? (/^\d+([.)])/.exec(start)?.[1] ?? ".") : start[0]!);
      }
    this.blocks.set(piece, nodes);
    return nodes;
  }

  tree(markdown: string): Root {
    if (CROSS_BLOCK.test(markdown)) return parseMarkdown(markdown);
    const children: RootContent[] = [];
    for (const piece of splitBlocks(markdown)) {
      const nodes = this.parsePiece(piece);
      const first = nodes[0];
      const last = children[children.length - 1];
      /*
       * Items with the same marker are one list in the whole text, even across a blank line or
       * a cut at a bullet: join them again (in a new node; parsed nodes are shared), so rules
       * that look at a whole list (tables of contents, consent buttons) see what they would.
       */
      if (
        first?.type === "list" &&
        last?.type === "list" &&
        first.ordered === last.ordered &&
        this.markers.get(first) === this.markers.get(last)
      ) {
        const joined = { ...last, children: [...last.children, ...first.children] };
        this.markers.set(joined, this.markers.get(last)!);
        children[children.length - 1] = joined;
        for (let i = 1; i < nodes.length; i++) children.push(nodes[i]!);
      } else for (const node of nodes) children.push(node);
    }
    return { type: "root", children };
  }

  /** The version's clauses; none, with the reason, for a version that is not a readable policy. */
  segment(markdown: string): { clauses: ReadClause[]; unreadable: string | null } {
    try {
      const policy = readPolicy(markdown, "markdown", { parseMarkdown: (t) => this.tree(t) });
      return { clauses: policy.clauses, unreadable: null };
    } catch (e) {
      if (e instanceof ReadingError) return { clauses: [], unreadable: e.message };
      throw e;
    }
  }
}
