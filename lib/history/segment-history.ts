import type { List, Paragraph, Root, RootContent } from "mdast";
import { needsGfm, parseMarkdown, readPolicy, type ReadClause } from "../reading/ingest";
import { ReadingError } from "../reading/reading-error";

/*
 * Markdown that can carry meaning across a blank line: fenced code, HTML blocks that end only at
 * their closing marker, and link or footnote definitions (used anywhere in the document). A
 * version holding any of these is parsed whole.
 */
const CROSS_BLOCK =
  /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z])|\[[^\]\n]+\]:)/im;

const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 10;

/** A numbered list item's marker (remark does not start a list numbered past 1 right after code). */
const ORDERED_MARKER = /^\d{1,9}[.)]/;

/**
 * Cuts markdown where a block necessarily starts afresh: at a line in column 0 after a blank
 * line, and at a column-0 bullet (a new item of a top-level list). The parser's blocks for the
 * whole text are then the concatenation of the blocks of the pieces. One exception: after
 * indented code, remark reads "11. Text" as a paragraph, not a list (as it reads a list
 * interrupting a paragraph), so a numbered line after an indented one stays with it.
 */
export function splitBlocks(markdown: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let pos = 0;
  let previousBlank = false;
  // Whether the last line with words was indented four columns or more (it may be code).
  let indented = false;
  while (pos < markdown.length) {
    let end = markdown.indexOf("\n", pos);
    if (end < 0) end = markdown.length;
    const first = markdown.charCodeAt(pos);
    if (pos > start && !isSpace(first)) {
      // A bullet with words after it: an empty one ("- ") may underline a heading instead.
      const bullet =
        (first === 45 || first === 42 || first === 43) &&
        /^[-*+] +\S/.test(markdown.slice(pos, Math.min(end, pos + 80)));
      const afterCode =
        indented &&
        first >= 48 &&
        first <= 57 &&
        ORDERED_MARKER.test(markdown.slice(pos, pos + 11));
      if ((previousBlank && !afterCode) || bullet) {
        pieces.push(markdown.slice(start, pos));
        start = pos;
      }
    }
    let blank = true;
    let column = 0;
    for (let i = pos; i < end; i++) {
      const code = markdown.charCodeAt(i);
      if (!isSpace(code)) {
        blank = false;
        break;
      }
      column += code === 9 ? 4 : 1;
    }
    if (!blank) indented = column >= 4;
    previousBlank = blank;
    pos = end + 1;
  }
  if (start < markdown.length) pieces.push(markdown.slice(start));
  return pieces;
}

/*
 * What can make a piece more than plain text: a character that can open inline markup in
 * CommonMark or GitHub's extensions (including web and e-mail addresses, which GFM links),
 * a tab (indentation), a carriage return or another control character.
 */
const MARKUP = /[\\`*_[\]<>&~|@\u0000-\u0009\u000b-\u001f\u007f]|www\.|:\/\//i;
/** A line beginning so can only continue or start a paragraph (not a list, heading, quote, break…). */
const PLAIN_START = /^[\p{L}\p{N}("'\u201c\u2018]/u;
const LIST_NUMBER = /^\d{1,9}[.)]/;

/**
 * The paragraph a piece of plain text makes, built without the parser as it would build it: one
 * text node, the lines stripped of the spaces at their ends and joined by newlines. Null for any
 * other piece (markup, a line that could open another block, a hard line break, a blank line
 * within).
 */
export function plainParagraph(piece: string): Paragraph | null {
  if (MARKUP.test(piece)) return null;
  let end = piece.length;
  while (end > 0 && (piece.charCodeAt(end - 1) === 10 || piece.charCodeAt(end - 1) === 32)) end--;
  if (end === 0) return null;
  const lines = piece.slice(0, end).split("\n");
  let value = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let s = 0;
    while (line.charCodeAt(s) === 32) s++;
    // Four spaces before the first line make it code.
    if (i === 0 && s > 3) return null;
    let e = line.length;
    while (e > s && line.charCodeAt(e - 1) === 32) e--;
    if (e === s) return null;
    // Two spaces before a line ending are a hard break.
    if (i < lines.length - 1 && line.length - e >= 2) return null;
    const text = line.slice(s, e);
    if (!PLAIN_START.test(text) || LIST_NUMBER.test(text)) return null;
    value = i === 0 ? text : `${value}\n${text}`;
  }
  return { type: "paragraph", children: [{ type: "text", value }] };
}

/** A list item's marker in column 0 and the one to four spaces after it (more would make code). */
const ITEM = /^(?:([-*+])|(\d{1,9})([.)]))( {1,4})(?=[^ \n])/;

/**
 * The blocks of a piece that is a plain paragraph, or plain text in a one-item list ("- text",
 * "3. text"), built without the parser as it would build them, with the list's marker; null for
 * any other piece. Most of a history's distinct pieces are such (docs/history.md).
 */
export function plainBlock(piece: string): { nodes: RootContent[]; marker: string | null } | null {
  const item = ITEM.exec(piece);
  if (!item) {
    const paragraph = plainParagraph(piece);
    return paragraph && { nodes: [paragraph], marker: null };
  }
  const paragraph = plainParagraph(piece.slice(item[0].length));
  if (!paragraph) return null;
  const list: List = {
    type: "list",
    ordered: !item[1],
    start: item[1] ? null : Number(item[2]),
    spread: false,
    children: [{ type: "listItem", spread: false, checked: null, children: [paragraph] }],
  };
  return { nodes: [list], marker: item[1] ?? item[3]! };
}

/**
 * Reads the successive versions of one policy exactly as the corpus reads a policy
 * (readPolicy in lib/reading/ingest.ts: furniture dropped, the seed's segmentation, long clauses
 * split), but parses each distinct block of markdown once: consecutive versions share most of
 * their text, and parsing is what costs. Plain paragraphs and list items are built without the
 * parser. One segmenter per policy, so its cache holds one policy's blocks.
 */
export class HistorySegmenter {
  /** Parsed pieces, by whether they were read with GitHub's extensions (as the whole version is). */
  private readonly blocks = [new Map<string, RootContent[]>(), new Map<string, RootContent[]>()];
  /** The marker of each top-level list parsed ("-", "*", "+", or "." / ")" for numbered ones). */
  private readonly markers = new WeakMap<RootContent, string>();

  /** Caches a piece's parsed blocks, with the marker of each list. */
  private remember(piece: string, nodes: RootContent[], gfm: boolean) {
    for (const node of nodes)
      if (node.type === "list") {
        const start = piece.slice(node.position?.start.offset ?? 0).trimStart();
        this.markers.set(node, node.ordered ? (/^\d+([.)])/.exec(start)?.[1] ?? ".") : start[0]!);
      }
    this.blocks[Number(gfm)]!.set(piece, nodes);
  }

  /** Builds or parses the pieces not seen before, and caches their blocks. */
  private readNew(pieces: string[], gfm: boolean) {
    const cache = this.blocks[Number(gfm)]!;
    for (const piece of pieces) {
      if (cache.has(piece)) continue;
      const plain = plainBlock(piece);
      if (plain) {
        if (plain.marker) this.markers.set(plain.nodes[0]!, plain.marker);
        cache.set(piece, plain.nodes);
      } else this.remember(piece, parseMarkdown(piece, gfm).children, gfm);
    }
  }

  tree(markdown: string): Root {
    if (CROSS_BLOCK.test(markdown)) return parseMarkdown(markdown);
    const gfm = needsGfm(markdown);
    const pieces = splitBlocks(markdown);
    this.readNew(pieces, gfm);
    const cache = this.blocks[Number(gfm)]!;
    const children: RootContent[] = [];
    for (const piece of pieces) {
      const nodes = cache.get(piece)!;
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
