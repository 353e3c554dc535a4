import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { fastBlocks } from "./fast-markdown";

/*
 * The markdown parser every reading uses (remark: CommonMark, with GitHub's tables where there
 * are any), and the faster way policies are read with it: cut into pieces where a block
 * necessarily starts afresh, the pieces remark would read as plain paragraphs, headings and
 * lists built by lib/reading/fast-markdown.ts, only the rest parsed by remark.
 */

/*
 * The markdown parser's time grows with indentation times lines: 900 lists nested by two
 * spaces each take it minutes. No policy in the corpus indents more than 16 columns, so
 * indentation is capped at 40 (about ten levels of nesting); deeper items join the tenth.
 */
const MAX_INDENT = 40;
/**
 * A GFM table's delimiter row ("|---|:--:|"), each part bounded so the test stays linear;
 * indented too, as in a list item (six corpus policies have tables only there: WeTransfer,
 * Starlink, Forbes, Verizon, Yelp, AWS), whose rows were otherwise read as text full of pipes.
 */
const GFM_TABLE_DELIMITER = /^[ \t]{0,40}\|? {0,3}:?-{1,50}:? {0,3}\|/m;
const clampIndent = (markdown: string) => markdown.replace(/^[ \t]{41,}/gm, " ".repeat(MAX_INDENT));

// Built once: setting up a processor costs more than parsing a paragraph (the history parses
// hundreds of thousands of pieces).
const commonMark = unified().use(remarkParse).freeze();
const withGfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** Whether a text is read with GitHub's extensions: GFM doubles the parser's time, and only tables need it. */
export const needsGfm = (text: string) => GFM_TABLE_DELIMITER.test(text);

/**
 * Parses markdown with remark. `gfm` decides for a text that is a piece of a larger one (the
 * pieces of a policy are read with the extensions when the whole policy is).
 */
export function parseMarkdown(text: string, gfm?: boolean): Root {
  const markdown = clampIndent(text);
  return ((gfm ?? needsGfm(markdown)) ? withGfm : commonMark).parse(markdown) as Root;
}

/*
 * Markdown that can carry meaning across a blank line: fenced code, HTML blocks that end only at
 * their closing marker, and link or footnote definitions (used anywhere in the document). A
 * text holding any of these is parsed whole.
 */
const CROSS_BLOCK =
  /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z])|\[[^\]\n]+\]:)/im;

/** Whether `markdown` holds markup that carries meaning across a blank line (read whole). */
export const hasCrossBlockMarkup = (markdown: string) => CROSS_BLOCK.test(markdown);

/**
 * A parsed tree without its positions, which no reading uses: what the built-in reader's
 * checks compare with remark's tree.
 */
export const withoutPositions = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(withoutPositions)
    : node && typeof node === "object"
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([k]) => k !== "position")
            .map(([k, v]) => [k, withoutPositions(v)]),
        )
      : node;

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

/**
 * Reads markdown piece by piece, each piece by the fast reader or else by remark, and joins the
 * pieces' blocks as remark would have built them from the whole text. With `cache`, each
 * distinct piece is read once across calls (the policy history reads thousands of versions of
 * one policy that share most of their text); the cached nodes are then shared between trees.
 */
export class MarkdownReader {
  /** Read pieces, by whether they were read with GitHub's extensions (as the whole text is). */
  private readonly blocks = [new Map<string, RootContent[]>(), new Map<string, RootContent[]>()];
  /** The marker of each top-level list read ("-", "*", "+", or "." / ")" for numbered ones). */
  private readonly markers = new WeakMap<RootContent, string>();

  constructor(private readonly cache = false) {}

  private read(piece: string, gfm: boolean): RootContent[] {
    const cached = this.cache ? this.blocks[Number(gfm)]!.get(piece) : undefined;
    if (cached) return cached;
    const fast = fastBlocks(piece, gfm);
    let nodes: RootContent[];
    if (fast) {
      nodes = fast.nodes;
      if (fast.marker) this.markers.set(nodes[0]!, fast.marker);
    } else {
      nodes = parseMarkdown(piece, gfm).children;
      for (const node of nodes)
        if (node.type === "list") {
          const start = piece.slice(node.position?.start.offset ?? 0).trimStart();
          this.markers.set(node, node.ordered ? (/^\d+([.)])/.exec(start)?.[1] ?? ".") : start[0]!);
        }
    }
    if (this.cache) this.blocks[Number(gfm)]!.set(piece, nodes);
    return nodes;
  }

  tree(markdown: string): Root {
    if (hasCrossBlockMarkup(markdown)) return parseMarkdown(markdown);
    const gfm = needsGfm(markdown);
    const children: RootContent[] = [];
    // Lists joined in this tree: their own nodes, which later items join in place.
    const joinedHere = new WeakSet<RootContent>();
    for (const piece of splitBlocks(markdown)) {
      const nodes = this.read(piece, gfm);
      const first = nodes[0];
      const last = children[children.length - 1];
      /*
       * Items with the same marker are one list in the whole text, even across a blank line or
       * a cut at a bullet: join them again (in a new node; read nodes may be shared), so rules
       * that look at a whole list (tables of contents, consent buttons) see what they would.
       */
      if (
        first?.type === "list" &&
        last?.type === "list" &&
        first.ordered === last.ordered &&
        this.markers.get(first) === this.markers.get(last)
      ) {
        if (joinedHere.has(last)) last.children.push(...first.children);
        else {
          const joined = { ...last, children: [...last.children, ...first.children] };
          this.markers.set(joined, this.markers.get(last)!);
          joinedHere.add(joined);
          children[children.length - 1] = joined;
        }
        for (let i = 1; i < nodes.length; i++) children.push(nodes[i]!);
      } else for (const node of nodes) children.push(node);
    }
    return { type: "root", children };
  }
}

/** Reads a markdown text into its syntax tree, in pieces (see MarkdownReader). */
export const readMarkdown = (markdown: string): Root => new MarkdownReader().tree(markdown);
