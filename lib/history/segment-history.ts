import type { Root, RootContent } from "mdast";
import { needsGfm, parseMarkdown, readPolicy, type ReadClause } from "../reading/ingest";
import { ReadingError } from "../reading/reading-error";

/*
 * Markdown that can carry meaning across a blank line: fenced code, HTML blocks that end only at
 * their closing marker, and link or footnote definitions (used anywhere in the document). A
 * version holding any of these is parsed whole.
 */
const CROSS_BLOCK =
  /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z])|\[[^\]\n]+\]:)/im;

/*
 * Between pieces parsed together: a blank line closes whatever block a piece left open (none
 * of the constructs above is in such a version), and this HTML comment is a block of its own,
 * so every block of the batch lies within one piece and the next piece starts a block afresh.
 */
const SEPARATOR = "\n\n<!---->\n\n";

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
 * The blocks of a piece that is one paragraph of plain text, built without the parser as it
 * would build them: a paragraph holding one text node, its lines stripped of the spaces at
 * their ends and joined by newlines. Null for any other piece (markup, a line that could open
 * another block, a hard line break, a blank line within). About a sixth of a history's distinct
 * bytes are such paragraphs (docs/history.md).
 */
export function plainParagraph(piece: string): RootContent[] | null {
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
  return [{ type: "paragraph", children: [{ type: "text", value }] }];
}

/**
 * Reads the successive versions of one policy exactly as the corpus reads a policy
 * (readPolicy in lib/reading/ingest.ts: furniture dropped, the seed's segmentation, long clauses
 * split), but parses each distinct block of markdown once: consecutive versions share most of
 * their text, and parsing is what costs. The pieces a version adds are parsed together in one
 * call (setting the parser up costs more than parsing a paragraph), and plain paragraphs are
 * built without it. One segmenter per policy, so its cache holds one policy's blocks.
 */
export class HistorySegmenter {
  /** Parsed pieces, by whether they were read with GitHub's extensions (as the whole version is). */
  private readonly blocks = [new Map<string, RootContent[]>(), new Map<string, RootContent[]>()];
  /** The marker of each top-level list parsed ("-", "*", "+", or "." / ")" for numbered ones). */
  private readonly markers = new WeakMap<RootContent, string>();

  /** Caches a piece's blocks; `base` is where the piece starts in the text they were parsed from. */
  private remember(piece: string, nodes: RootContent[], gfm: boolean, base = 0) {
    for (const node of nodes)
      if (node.type === "list") {
        const start = piece.slice((node.position?.start.offset ?? base) - base).trimStart();
        this.markers.set(node, node.ordered ? (/^\d+([.)])/.exec(start)?.[1] ?? ".") : start[0]!);
      }
    this.blocks[Number(gfm)]!.set(piece, nodes);
  }

  /** Parses the pieces not seen before, all in one call, and caches their blocks. */
  private parseNew(pieces: string[], gfm: boolean) {
    const cache = this.blocks[Number(gfm)]!;
    const batch: string[] = [];
    for (const piece of new Set(pieces)) {
      if (cache.has(piece)) continue;
      const plain = plainParagraph(piece);
      if (plain) cache.set(piece, plain);
      // A byte-order mark is dropped only at the start of a document: such a piece goes alone.
      else if (piece.charCodeAt(0) === 0xfeff)
        this.remember(piece, parseMarkdown(piece, gfm).children, gfm);
      else batch.push(piece);
    }
    if (batch.length === 0) return;
    const split =
      batch.length > 1 ? splitBatch(batch, parseMarkdown(batch.join(SEPARATOR), gfm)) : null;
    batch.forEach((piece, i) => {
      if (split) this.remember(piece, split.blocks[i]!, gfm, split.starts[i]);
      else this.remember(piece, parseMarkdown(piece, gfm).children, gfm);
    });
  }

  tree(markdown: string): Root {
    if (CROSS_BLOCK.test(markdown)) return parseMarkdown(markdown);
    const gfm = needsGfm(markdown);
    const pieces = splitBlocks(markdown);
    this.parseNew(pieces, gfm);
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

/**
 * The blocks of each piece of a batch parsed as one text (the pieces joined by SEPARATOR), and
 * where each piece starts in it; null if any block is not within its piece or a separator is not
 * its own block (then each piece is parsed alone).
 */
function splitBatch(
  batch: string[],
  tree: Root,
): { blocks: RootContent[][]; starts: number[] } | null {
  const nodes = tree.children;
  const blocks: RootContent[][] = [];
  const starts: number[] = [];
  let n = 0;
  let start = 0;
  for (let i = 0; i < batch.length; i++) {
    const end = start + batch[i]!.length;
    const own: RootContent[] = [];
    for (; n < nodes.length && nodes[n]!.position!.start.offset! < end; n++) {
      if (nodes[n]!.position!.end.offset! > end) return null;
      own.push(nodes[n]!);
    }
    blocks.push(own);
    starts.push(start);
    if (i < batch.length - 1) {
      const separator = nodes[n];
      if (
        separator?.type !== "html" ||
        separator.value !== SEPARATOR.trim() ||
        separator.position!.start.offset !== end + 2
      )
        return null;
      n++;
    }
    start = end + SEPARATOR.length;
  }
  return n === nodes.length ? { blocks, starts } : null;
}
