import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";

/*
 * A reader for the markdown most policy text is made of — paragraphs, ATX and setext headings,
 * bullet lists (nested, tight) and numbered one-item lists, with links, bold and italic text,
 * inline code, autolinks, character references, backslash escapes and hard breaks — that builds
 * exactly the syntax tree remark builds (without positions), about ten times faster. It reads
 * one piece of a document (lib/reading/read-markdown.ts cuts documents into pieces) and gives up
 * (null) on anything it cannot prove it reads as remark does: HTML, images, reference links,
 * nested brackets, loose lists, quotes, code blocks, tables, GitHub's autolinked addresses… —
 * the caller then hands the piece to remark. `scripts/reading/check-fast-markdown.ts` compares it
 * with remark on every distinct piece of the corpus and its history.
 */

/** What remark would build for a piece, with the marker of its top-level list ("-", "*", "+", "." or ")"). */
export type FastBlocks = { nodes: RootContent[]; marker: string | null };

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/*
 * What is never read here: tabs, carriage returns and other controls, link definitions, and a
 * byte-order mark opening the piece (remark drops it at the start of its input).
 */
const UNREADABLE = /[\u0000-\u0009\u000b-\u001f\u007f]|\]:|^\ufeff/;
/** GitHub's extensions turn these into links, strikethrough, footnotes or table cells. */
const GFM_MARKUP = /[~|@]|www\.|:\/\/|\[\^/i;

const isAsciiPunctuation = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** 1 whitespace (or the start or end), 2 punctuation, 0 other: how CommonMark decides what `*` and `_` can open or close. */
function classify(s: string, at: number): 0 | 1 | 2 {
  if (at < 0 || at >= s.length) return 1;
  const c = s.charCodeAt(at);
  if (c === 32 || c === 10) return 1;
  if (c < 128) {
    if (isAsciiPunctuation(c)) return 2;
    return 0;
  }
  // One UTF-16 unit at a time, as the parser classifies (an astral character counts as "other").
  const ch = String.fromCharCode(c);
  if (UNICODE_WHITESPACE.test(ch)) return 1;
  if (UNICODE_PUNCTUATION.test(ch)) return 2;
  return 0;
}

/** The named character references policies use; any other name is left to remark. */
const NAMED_REFERENCES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  trade: "™",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  sect: "§",
  euro: "€",
  pound: "£",
  shy: "\u00ad",
  zwnj: "\u200c",
  zwj: "\u200d",
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/** The character a reference stands for; gives up on names outside the table and on codes the parser replaces. */
function decodeReference(
  hex: string | undefined,
  dec: string | undefined,
  name: string | undefined,
) {
  if (name !== undefined) return NAMED_REFERENCES[name] ?? giveUp();
  const code = Number.parseInt((hex ?? dec)!, hex === undefined ? 10 : 16);
  if (code < 32 || (code > 126 && code < 160) || (code > 55_295 && code < 57_344) || code > 65_000)
    giveUp();
  return String.fromCodePoint(code);
}

const URL_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f\u007f]*)>/y;
const EMAIL_AUTOLINK =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;

type Delimiter = { kind: "delim"; marker: string; size: number; open: boolean; close: boolean };
type Item = { kind: "text"; value: string } | { kind: "node"; node: PhrasingContent } | Delimiter;

/** Adjacent text (and unused `*`/`_`) is one text node, as remark merges it. */
function toPhrasing(items: Item[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text = "";
  for (const item of items) {
    if (item.kind === "node") {
      if (text) out.push({ type: "text", value: text });
      text = "";
      out.push(item.node);
    } else if (item.kind === "text") text += item.value;
    else text += item.marker.repeat(item.size);
  }
  if (text) out.push({ type: "text", value: text });
  return out;
}

/**
 * Pairs `*` and `_` runs into emphasis and strong emphasis as the parser does (micromark's
 * attention resolution: each closer, left to right, takes the nearest opener of its marker
 * allowed by the rule of three, two characters when both runs have two).
 */
function resolveEmphasis(items: Item[]): Item[] {
  for (let c = 0; c < items.length; c++) {
    const close = items[c]!;
    if (close.kind !== "delim" || !close.close) continue;
    for (let o = c - 1; o >= 0; o--) {
      const open = items[o]!;
      if (open.kind !== "delim" || !open.open || open.marker !== close.marker) continue;
      if ((open.close || close.open) && close.size % 3 && !((open.size + close.size) % 3)) continue;
      const use = open.size > 1 && close.size > 1 ? 2 : 1;
      open.size -= use;
      close.size -= use;
      const node: PhrasingContent = {
        type: use > 1 ? "strong" : "emphasis",
        children: toPhrasing(items.slice(o + 1, c)),
      };
      const replacement: Item[] = [];
      if (open.size > 0) replacement.push(open);
      replacement.push({ kind: "node", node });
      if (close.size > 0) replacement.push(close);
      items.splice(o, c - o + 1, ...replacement);
      // Look at the same closer again if it has characters left.
      c = o + replacement.length - (close.size > 0 ? 2 : 1);
      break;
    }
  }
  return items;
}

/**
 * A link's destination `(url)` or `(url "title")` starting at `at` (the parenthesis), with the
 * position of its closing parenthesis; null when it is not one this reader reads.
 */
function destination(
  s: string,
  at: number,
): { url: string; title: string | null; end: number } | null {
  let i = at + 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 41 || c === 32) break;
    // Line ends, brackets, escapes, angle brackets, quotes: left to the parser.
    if (c < 32 || c === 40 || c === 92 || c === 60 || c === 34 || c === 39 || c === 127)
      return null;
    if (c === 38) {
      REFERENCE.lastIndex = i;
      if (REFERENCE.test(s)) return null;
    }
  }
  const url = s.slice(at + 1, i);
  if (s.charCodeAt(i) === 41) return { url, title: null, end: i };
  // A title in double quotes after one space, with nothing in it to decode.
  if (!url || s.charCodeAt(i) !== 32 || s.charCodeAt(i + 1) !== 34) return null;
  const close = s.indexOf('"', i + 2);
  if (close < 0 || s.charCodeAt(close + 1) !== 41) return null;
  const title = s.slice(i + 2, close);
  if (/[\\&\n]/.test(title)) return null;
  return { url, title, end: close + 1 };
}

const TEXT_STOP = /[\\`*_[\]<&!\n]/g;
/** More `*` and `_` runs than any real paragraph holds: remark reads such a text. */
const MAX_DELIMITERS = 1000;

/** The runs of backticks in a text, and for each the next run of the same length (-1: none). */
type BacktickRuns = { starts: number[]; next: Int32Array };

/** Found in one pass, so that a text of many unmatched runs is read in linear time. */
function backtickRuns(s: string): BacktickRuns {
  const starts: number[] = [];
  const sizes: number[] = [];
  for (let j = s.indexOf("`"); j >= 0; j = s.indexOf("`", j)) {
    starts.push(j);
    const start = j;
    while (s.charCodeAt(j) === 96) j++;
    sizes.push(j - start);
  }
  const next = new Int32Array(starts.length).fill(-1);
  const latest = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    next[r] = latest.get(sizes[r]!) ?? -1;
    latest.set(sizes[r]!, r);
  }
  return { starts, next };
}

/**
 * The inline content of a paragraph or heading: `s` is its lines without their indentation and
 * trailing spaces, joined by "\n"; `hardBreaks` holds the positions of the line ends that had two
 * spaces or more before them.
 */
function readInline(s: string, hardBreaks: Set<number>, gfm: boolean): PhrasingContent[] {
  // With GitHub's extensions, the text outside the links' destinations must hold no address.
  let outside = gfm ? "" : null;
  let outsideFrom = 0;
  const items: Item[] = [];
  let runs: BacktickRuns | null = null;
  let run = 0;
  let delimiters = 0;
  let bracket = -1;
  let i = 0;
  const text = (value: string) => {
    const last = items[items.length - 1];
    if (last?.kind === "text") last.value += value;
    else items.push({ kind: "text", value });
  };
  while (i < s.length) {
    TEXT_STOP.lastIndex = i;
    const stop = TEXT_STOP.exec(s);
    const at = stop ? stop.index : s.length;
    if (at > i) text(s.slice(i, at));
    if (!stop) break;
    i = at;
    const c = s.charCodeAt(i);
    switch (c) {
      case 92: {
        // Backslash: an escaped punctuation character, a hard break before a line end, or itself.
        const next = s.charCodeAt(i + 1);
        if (next === 10) {
          items.push({ kind: "node", node: { type: "break" } });
          i += 2;
        } else if (isAsciiPunctuation(next)) {
          text(s[i + 1]!);
          i += 2;
        } else {
          text("\\");
          i++;
        }
        break;
      }
      case 96: {
        let end = i;
        while (s.charCodeAt(end) === 96) end++;
        const size = end - i;
        runs ??= backtickRuns(s);
        while (runs.starts[run]! < i) run++;
        // Only an escaped backtick starts a code span inside a run of them: left to the parser.
        if (runs.starts[run] !== i) giveUp();
        const closing = runs.next[run]!;
        const close = closing < 0 ? -1 : runs.starts[closing]!;
        if (close < 0) {
          text(s.slice(i, end));
          i = end;
          break;
        }
        let value = s.slice(end, close);
        if (value.includes("\n")) giveUp();
        // One space is stripped from each side when both have one and the code is not all spaces.
        if (value.length > 1 && value[0] === " " && value.endsWith(" ") && /[^ ]/.test(value))
          value = value.slice(1, -1);
        items.push({ kind: "node", node: { type: "inlineCode", value } });
        i = close + size;
        break;
      }
      case 42:
      case 95: {
        // Pairing delimiters looks back over the ones before: bounded, as no real text has this many.
        if (++delimiters > MAX_DELIMITERS) giveUp();
        let end = i;
        while (s.charCodeAt(end) === c) end++;
        const before = classify(s, i - 1);
        const after = classify(s, end);
        const open = !after || (after === 2 && before !== 0);
        const close = !before || (before === 2 && after !== 0);
        items.push({
          kind: "delim",
          marker: s[i]!,
          size: end - i,
          open: c === 42 ? open : open && (before !== 0 || !close),
          close: c === 42 ? close : close && (after !== 0 || !open),
        });
        i = end;
        break;
      }
      case 91:
        // Brackets within a link's text, and footnotes, are left to the parser.
        if (bracket >= 0) giveUp();
        bracket = items.length;
        items.push({ kind: "text", value: "[" });
        // A separate item, so text after it is not merged into it.
        items.push({ kind: "text", value: "" });
        i++;
        break;
      case 93: {
        const target = s.charCodeAt(i + 1) === 40 && bracket >= 0 ? destination(s, i + 1) : null;
        if (bracket >= 0 && s.charCodeAt(i + 1) === 40 && !target) giveUp();
        if (!target) {
          // No link follows: the brackets are text (with no link definitions, none can be a reference).
          bracket = -1;
          text("]");
          i++;
          break;
        }
        const inside = resolveEmphasis(items.slice(bracket + 1));
        const link: PhrasingContent = {
          type: "link",
          title: target.title,
          url: target.url,
          children: toPhrasing(inside),
        };
        items.length = bracket;
        items.push({ kind: "node", node: link });
        bracket = -1;
        if (outside !== null) {
          outside += `${s.slice(outsideFrom, i)} `;
          outsideFrom = target.end + 1;
        }
        i = target.end + 1;
        break;
      }
      case 60: {
        const next = s.charCodeAt(i + 1);
        const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
        if (!letter && next !== 47 && next !== 33 && next !== 63) {
          text("<");
          i++;
          break;
        }
        URL_AUTOLINK.lastIndex = i;
        EMAIL_AUTOLINK.lastIndex = i;
        const url = URL_AUTOLINK.exec(s);
        const email = url ? null : EMAIL_AUTOLINK.exec(s);
        const match = url ?? email ?? giveUp();
        const value = match[1]!;
        items.push({
          kind: "node",
          node: {
            type: "link",
            title: null,
            url: email ? `mailto:${value}` : value,
            children: [{ type: "text", value }],
          },
        });
        i += match[0].length;
        break;
      }
      case 38: {
        REFERENCE.lastIndex = i;
        const m = REFERENCE.exec(s);
        if (!m) {
          text("&");
          i++;
          break;
        }
        text(decodeReference(m[1], m[2], m[3]));
        i += m[0].length;
        break;
      }
      case 33:
        if (s.charCodeAt(i + 1) === 91) giveUp();
        text("!");
        i++;
        break;
      default:
        // A line end: a hard break, or a soft one kept in the text.
        if (hardBreaks.has(i)) items.push({ kind: "node", node: { type: "break" } });
        else text("\n");
        i++;
    }
  }
  if (outside !== null && GFM_MARKUP.test(outside + s.slice(outsideFrom))) giveUp();
  return toPhrasing(resolveEmphasis(items));
}

/** Lines of a paragraph (or heading) as `readInline` takes them. */
function inlineOf(lines: string[], gfm: boolean): PhrasingContent[] {
  const hardBreaks = new Set<number>();
  let s = "";
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let start = 0;
    while (line.charCodeAt(start) === 32) start++;
    let end = line.length;
    while (end > start && line.charCodeAt(end - 1) === 32) end--;
    s += line.slice(start, end);
    if (n < lines.length - 1) {
      // A backslash before a line end after spaces: left to the parser.
      if (line.length - end >= 2) {
        if (line.charCodeAt(end - 1) === 92) giveUp();
        hardBreaks.add(s.length);
      }
      s += "\n";
    }
  }
  return readInline(s, hardBreaks, gfm);
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+) *$/;
const ORDERED_MARKER = /^\d{1,9}[.)](?: |$)/;

/**
 * Whether a line (without its indentation) can only start or continue a paragraph: it opens no
 * other block (heading, quote, list item, fence, HTML, break) and cannot underline a heading.
 */
function paragraphLine(rest: string, gfm: boolean): boolean {
  const c = rest.charCodeAt(0);
  if (Number.isNaN(c)) return false;
  if (c >= 48 && c <= 57) return !ORDERED_MARKER.test(rest);
  if (c < 128 && !isAsciiPunctuation(c)) return c !== 32;
  const next = rest.charCodeAt(1);
  switch (c) {
    case 35: // #
    case 62: // >
    case 60: // <
      return false;
    case 45: // -
    case 43: // +
    case 42: // *
    case 95: // _
    case 61: // =
      if (c !== 95 && c !== 61 && (next === 32 || Number.isNaN(next))) return false;
      return !THEMATIC_BREAK.test(rest) && !SETEXT_UNDERLINE.test(rest);
    case 96: // `
    case 126: // ~
      return !rest.startsWith(c === 96 ? "```" : "~~~");
    case 124: // |
      return !gfm;
    case 91: // [ (a task list item's box in GitHub's extensions)
      return !(gfm && /^\[[ xX]\](?: |$)/.test(rest));
    default:
      return true;
  }
}

const indentOf = (line: string) => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

const BULLET = /^([-*+])( {1,4})(?=[^ ])/;
const NUMBERED = /^(\d{1,9})([.)])( {1,4})(?=[^ ])/;

type OpenItem = { item: ListItem; contentIndent: number; lines: string[] };

/** A list whose first item starts the piece; nested items must be bullets. */
function readList(lines: string[], gfm: boolean): FastBlocks {
  const first = lines[0]!;
  const indent = indentOf(first);
  const bullet = BULLET.exec(first.slice(indent));
  const numbered = bullet ? null : NUMBERED.exec(first.slice(indent));
  const marker = bullet ? bullet[1]! : numbered![2]!;
  const width = bullet ? 1 + bullet[2]!.length : numbered![1]!.length + 1 + numbered![3]!.length;
  const top: List = {
    type: "list",
    ordered: !bullet,
    start: bullet ? null : Number(numbered![1]),
    spread: false,
    children: [],
  };
  const markers = new WeakMap<List, string>([[top, marker]]);
  const open: OpenItem[] = [];
  const paragraphs: OpenItem[] = [];
  const startItem = (list: List, contentIndent: number, firstLine: string) => {
    if (!paragraphLine(firstLine, gfm)) giveUp();
    const item: ListItem = { type: "listItem", spread: false, checked: null, children: [] };
    list.children.push(item);
    const entry = { item, contentIndent, lines: [firstLine] };
    open.push(entry);
    paragraphs.push(entry);
  };
  startItem(top, indent + width, first.slice(indent + width));
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const at = indentOf(line);
    const rest = line.slice(at);
    const sibling = at <= 3 && at < open[0]!.contentIndent ? NUMBERED.exec(rest) : null;
    if (sibling && top.ordered && sibling[2] === marker) {
      // The next item of a numbered list (a bullet in column 0 starts a new piece).
      open.length = 0;
      startItem(top, at + sibling[0].length, rest.slice(sibling[0].length));
      continue;
    }
    const nested = BULLET.exec(rest);
    if (nested && !THEMATIC_BREAK.test(rest)) {
      // The deepest open item whose content this line is indented into holds the new item.
      let k = open.length - 1;
      while (k >= 0 && at < open[k]!.contentIndent) k--;
      if (k < 0 || at - open[k]!.contentIndent > 3) giveUp();
      open.length = k + 1;
      const parent = open[k]!.item;
      const last = parent.children[parent.children.length - 1];
      let list: List;
      if (last?.type === "list" && markers.get(last) === nested[1]) list = last;
      else {
        list = { type: "list", ordered: false, start: null, spread: false, children: [] };
        markers.set(list, nested[1]!);
        parent.children.push(list);
      }
      startItem(list, at + 1 + nested[2]!.length, rest.slice(1 + nested[2]!.length));
      continue;
    }
    // Anything else continues the paragraph of the deepest item (lazily if less indented).
    if (!paragraphLine(rest, gfm)) giveUp();
    paragraphs[paragraphs.length - 1]!.lines.push(line);
  }
  for (const p of paragraphs)
    p.item.children.unshift({ type: "paragraph", children: inlineOf(p.lines, gfm) });
  return { nodes: [top], marker };
}

const ATX = /^ {0,3}(#{1,6})(?: +(.*))?$/;

/**
 * The blocks of one piece of markdown (a paragraph, a heading, or a list item with its nested
 * items, followed by blank lines), or null when remark must read it. `gfm`: whether the
 * document is read with GitHub's extensions.
 */
export function fastBlocks(piece: string, gfm: boolean): FastBlocks | null {
  if (UNREADABLE.test(piece)) return null;
  const lines = piece.split("\n");
  // Blank lines are lines of spaces: a no-break space is text to markdown.
  while (lines.length > 0 && indentOf(lines[lines.length - 1]!) === lines[lines.length - 1]!.length)
    lines.pop();
  if (lines.length === 0) return null;
  for (const line of lines) if (indentOf(line) === line.length || indentOf(line) > 40) return null;
  try {
    const first = lines[0]!;
    const indent = indentOf(first);
    if (indent > 3) return null;
    const rest = first.slice(indent);
    const atx = ATX.exec(first);
    if (atx) {
      if (lines.length > 1) return null;
      const content = (atx[2] ?? "").replace(/ +$/, "");
      // A closing sequence of #s, and spaces after markup (which remark keeps), are left to the parser.
      if (content.endsWith("#")) return null;
      if (
        content.length < (atx[2] ?? "").length &&
        isAsciiPunctuation(content.charCodeAt(content.length - 1))
      )
        return null;
      const heading: Heading = {
        type: "heading",
        depth: atx[1]!.length as Heading["depth"],
        children: content ? inlineOf([content], gfm) : [],
      };
      return { nodes: [heading], marker: null };
    }
    if ((BULLET.test(rest) || NUMBERED.test(rest)) && !THEMATIC_BREAK.test(rest)) {
      return readList(lines, gfm);
    }
    const last = lines[lines.length - 1]!;
    const setext = lines.length > 1 && SETEXT_UNDERLINE.test(last);
    const text = setext ? lines.slice(0, -1) : lines;
    for (const line of text) if (!paragraphLine(line.slice(indentOf(line)), gfm)) return null;
    const children = inlineOf(text, gfm);
    if (setext) {
      const heading: Heading = {
        type: "heading",
        depth: last.trim()[0] === "=" ? 1 : 2,
        children,
      };
      return { nodes: [heading], marker: null };
    }
    const paragraph: Paragraph = { type: "paragraph", children };
    return { nodes: [paragraph], marker: null };
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}
