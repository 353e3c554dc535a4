import { createHash } from "node:crypto";
import type {
  Heading,
  ListItem,
  Nodes,
  Paragraph,
  Root,
  RootContent,
  Table,
  TableCell,
} from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { RECORDED_BY_OTA } from "../provenance";

export type SegmentedClause = {
  position: number;
  headingPath: string[];
  text: string;
  anchor: string;
};

export type PolicyHeader = {
  title: string;
  sourceHost: string | null;
  sourceUrl: string | null;
  archiveUrl: string | null;
  archivedOn: string | null;
  /** "Open Terms Archive" for a policy taken from its records (a promoted company), else null. */
  recordedBy: string | null;
};

export type SegmentedPolicy = PolicyHeader & { clauses: SegmentedClause[] };

/** Collapses runs of whitespace (including non-breaking spaces) to one space, keeping hard line breaks. */
export function normalizeWhitespace(text: string): string {
  return (
    text
      .split("\n")
      // Only runs a space does not already stand for: most lines have none, and are not copied.
      .map((line) => line.replace(/\s{2,}|[^\S ]/g, " ").trim())
      .filter(Boolean)
      .join("\n")
  );
}

/** Plain text of a markdown node: markup and link targets dropped, hard breaks kept as newlines. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case "break":
      return "\n";
    case "text":
      // "**E-Mail  **" is not valid emphasis in CommonMark; drop the stray markers it leaves.
      return node.value.replace(/\*\*/g, "").replace(/\s+/g, " ");
    case "inlineCode":
      return node.value.replace(/\s+/g, " ");
    case "image":
    case "html":
      return "";
    // A table inside a list item: its rows on lines of their own, read as the clauses of a table are.
    case "table":
      return tableRows(node)
        .map((row) => [...row.titles, row.text].join("\n"))
        .join("\n");
    case "listItem":
    case "blockquote":
    // A list inside a list item: each of its items on a line of its own, never run together.
    case "list":
      return node.children.map((c) => textOf(c as Nodes)).join("\n");
    default:
      return "children" in node ? node.children.map((c) => textOf(c as Nodes)).join("") : "";
  }
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}

/** Every run of whitespace, line breaks included, as one space. */
export const squashWhitespace = (s: string): string => s.replace(/\s+/g, " ").trim();

/*
 * Kept per node: the policy history reads thousands of versions whose trees share most of their
 * nodes (lib/reading/read-markdown.ts), and a node's text depends on nothing else.
 */
const plainTexts = new WeakMap<Nodes, string>();
function plain(node: Nodes): string {
  let text = plainTexts.get(node);
  if (text === undefined) {
    text = normalizeWhitespace(textOf(node));
    plainTexts.set(node, text);
  }
  return text;
}

/*
 * Archived policies use bold-only paragraphs ("**Personal Data**") and numbered lines
 * ("3\. Use of Information Collected") as section titles; treating them as headings keeps
 * the heading path faithful to how the policy reads.
 */
function pseudoHeadingText(node: Paragraph): string | null {
  const text = plain(node);
  if (text.length === 0 || text.length > 90 || /[.:;,]$/.test(text)) return null;
  const meaningful = node.children.filter(
    (c) => !(c.type === "text" && c.value.trim() === "") && c.type !== "break",
  );
  const onlyStrong =
    meaningful.length === 1 &&
    (meaningful[0]?.type === "strong" || meaningful[0]?.type === "emphasis");
  if (onlyStrong) return text;
  if (/^\d{1,2}\.\s+[A-Z][^.]*$/.test(text)) return text;
  return null;
}

/** A line that ends a sentence, and a sentence end followed by another sentence within a line. */
const ENDS_SENTENCE = /[.!?]["'”’)]?$/;
const TWO_SENTENCES = /[.!?]["'”’)]? +["“(]?[A-Z]/;

/*
 * A paragraph whose lines are separated by hard breaks (`<br>` on the page) is several
 * paragraphs when its lines are paragraphs of their own, each of two sentences or more and
 * ending one (XING's "Measurement and optimisation of advertising", six paragraphs in one
 * `<p>`): each is a clause. Lines of one sentence each (Mozy's "We will not sell …", "We will
 * not view …"), a label and its text ("Right of access:", "You can …") or an address stay one.
 */
function paragraphsOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length === 1) return lines;
  const parts: string[][] = [[]];
  for (const line of lines) {
    const current = parts[parts.length - 1]!;
    const previous = current[current.length - 1];
    if (
      previous !== undefined &&
      ENDS_SENTENCE.test(previous) &&
      TWO_SENTENCES.test(previous) &&
      TWO_SENTENCES.test(line)
    )
      parts.push([line]);
    else current.push(line);
  }
  return parts.map((p) => p.join("\n"));
}

/*
 * What a link leaves when its text spans blocks (a heading and a paragraph in one `[…](…)`,
 * Verizon's accordion; an image and a caption, Instagram): the parser reads no link, so "[" opens
 * the first block ("[How does Verizon use information?") and "](#acc-item-31)" ends the last.
 * Brackets, not the policy's words: dropped where unmatched. Read from the block's ends only.
 */
function dropSplitLinkMarks(text: string): string {
  let t = text;
  if (t.startsWith("[") && !t.includes("]")) t = t.slice(1).trimStart();
  if (t.endsWith("[")) t = t.slice(0, -1).trimEnd();
  const close = t.lastIndexOf("](");
  if (close >= 0 && !t.includes("[") && /^\]\([^()\s]*\)$/.test(t.slice(close)))
    t = t.slice(0, close).trimEnd();
  return t;
}

/*
 * A list typed by hand inside a paragraph: lines opening with "- ", "– ", "• " or "· " (Chayn's
 * "We collect … when you:" then "- sign up to our mailing list …", ironSource's "– Advertising
 * Companies; and"), or one such line as a paragraph of its own ("\- The categories of your
 * personal data …", Lydia). Read as the list it stands for: each item a clause without its
 * marker, the lines before and between the items clauses as a list's lead-in is. One marker line
 * among the lines of an address ("DP Dock DPO Services GmbH", "- Roblox") is no list: a
 * paragraph of several lines needs two. The lines are the paragraph's hard breaks (`<br>`); a
 * soft break is already a space.
 */
const HAND_MARKER = /^[-–•·] ?(?=[\p{L}“"(])/u;
function handListOf(text: string): string[] | null {
  const lines = text.split("\n");
  const items = lines.filter((line) => HAND_MARKER.test(line)).length;
  if (items === 0 || (lines.length > 1 && items < 2)) return null;
  const parts: string[] = [];
  let lead: string[] = [];
  const flush = () => {
    if (lead.length) parts.push(...paragraphsOf(lead.join("\n")));
    lead = [];
  };
  for (const line of lines) {
    // A line of zero-width characters only (a page's "&zwj;" spacer) is no words.
    if (!/[^\u200b-\u200d\u2060\ufeff]/.test(line)) continue;
    if (!HAND_MARKER.test(line)) {
      lead.push(line);
      continue;
    }
    flush();
    parts.push(line.replace(HAND_MARKER, ""));
  }
  flush();
  return parts;
}

/** A short line with no closing punctuation ("Who is the data controller", "Brazil"): a title. */
function titleLine(node: RootContent | undefined): string | null {
  if (node?.type !== "paragraph") return null;
  const text = plain(node);
  return text && text.length <= 90 && !text.includes("\n") && !/[.:;,]$/.test(text) ? text : null;
}

/*
 * A list item that is a section of the document, not one statement: some policies put their
 * whole body in a numbered list, each item a section with its own headings (LinkedIn's "1. Data We
 * Collect" … "5. Other Important Information"), or sub-sections nested in items (OpenSea, Myspace),
 * or an accordion whose items are a title and several paragraphs (WeTransfer, Nord, AWS). Read as
 * one clause, such an item runs to thousands of characters under the heading above the list. An
 * item with a heading, three blocks or more, or a list of items of more than one block, is
 * segmented like the document itself; a lead-in and its list ("We use data to:" and its items)
 * stay one clause.
 */
function isSectionItem(item: ListItem): boolean {
  const blocks = item.children;
  if (blocks.length >= 3 || blocks.some((b) => b.type === "heading")) return true;
  const opensStatement = blocks[0]?.type === "paragraph" && ENDS_SENTENCE.test(plain(blocks[0]));
  return blocks.some(
    (b) =>
      b.type === "list" &&
      (b.children.some((i) => i.children.length >= 2) ||
        hasTitledItems(b.children) ||
        (opensStatement && mostlyStatements(b.children))),
  );
}

/*
 * Sub-items most of which are statements of two sentences or more ("If you reside in the EEA …
 * you have the right to lodge a complaint … In the UK, the relevant …", Coinbase), under an item
 * that is a statement itself, not a lead-in ("We collect information about you from third
 * parties.", Thryv): each is a clause, as paragraphs would be.
 */
function mostlyStatements(items: ListItem[]): boolean {
  if (items.length < 2) return false;
  const statements = items.filter((i) => {
    const text = plain(i);
    return ENDS_SENTENCE.test(text) && TWO_SENTENCES.test(text);
  });
  return statements.length * 2 > items.length;
}

/*
 * A run-in title opening a statement: "Usage Data. We may provide …" (Ubiquiti), "**Affiliates.**
 * In order to …" (OpenSea), "**Cookies**. We and our partners …" (WP Engine): a few words, each
 * long one capitalised, then a full stop or colon and a sentence that ends. Read from the item's
 * opening and end only, so the test is linear whatever the item's length.
 */
const RUN_IN_TITLE = /^([^.:!?\n]{2,60})[.:] +["“(]?[A-Z]/;
function opensWithRunInTitle(item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== "paragraph") return false;
  const text = plain(first);
  // A bold title marks itself, in any case ("**Contact information**. When you use …", Instacart).
  const bold = first.children[0]?.type === "strong" ? plain(first.children[0]) : "";
  if (bold && bold.length <= 60 && /[.!?;]["'”’)]?$/.test(text)) {
    const rest = text.slice(bold.length, bold.length + 6);
    if ((/[.:]$/.test(bold) ? /^ ["“(]?[A-Z]/ : /^[.:] ["“(]?[A-Z]/).test(rest)) return true;
  }
  const title = RUN_IN_TITLE.exec(text.slice(0, 70))?.[1];
  // A name after a label ("In the US: Digital Advertising Alliance (DAA)") is no statement.
  if (!title || !/[.!?;]["'”’)]?$/.test(text)) return false;
  const words = title.trim().split(" ");
  return words.length <= 8 && words.every((w) => w.length < 4 || /^[^a-z]/.test(w));
}

/*
 * Items most of which open with a run-in title are statements of their own, each a clause: read
 * with the lead-in above them ("We disclose your information as described below:"), they made
 * one clause of 3,000 characters or more. A lead-in's list of fragments ("to send you mail",
 * "to bill you") has no titles and stays with it.
 */
function hasTitledItems(items: ListItem[]): boolean {
  if (items.length < 2) return false;
  return items.filter(opensWithRunInTitle).length * 2 > items.length;
}

function headerFrom(quote: Nodes): PolicyHeader | null {
  const text = plain(quote);
  const m =
    /extracted and transformed from the (\S+) privacy policy that was archived on (\d{4}-\d{2}-\d{2})/.exec(
      text,
    );
  if (!m) return null;
  let archiveUrl: string | null = null;
  const visit = (n: Nodes) => {
    if (n.type === "link" && !archiveUrl) archiveUrl = n.url;
    if ("children" in n) n.children.forEach((c) => visit(c as Nodes));
  };
  visit(quote);
  // A promoted company's text is Open Terms Archive's record, not a Wayback snapshot: its licence
  // asks for credit, and its note names the page recorded (scripts/corpus-export.ts).
  if (archiveUrl && OTA_RECORD.test(archiveUrl)) {
    const page = /The page recorded: (\S+?)\.?(?:\s|$)/.exec(text)?.[1] ?? null;
    return {
      title: "",
      sourceHost: m[1] ?? null,
      archivedOn: m[2] ?? null,
      archiveUrl,
      sourceUrl: page && /^https?:\/\//.test(page) ? page : null,
      recordedBy: RECORDED_BY_OTA,
    };
  }
  const sourceUrl = archiveUrl ? originalUrlFromArchive(archiveUrl) : null;
  return {
    title: "",
    sourceHost: m[1] ?? null,
    archivedOn: m[2] ?? null,
    archiveUrl,
    sourceUrl,
    recordedBy: null,
  };
}

const OTA_RECORD = /^https:\/\/github\.com\/OpenTermsArchive\//;

/** `https://web.archive.org/web/2012..id_/http%3A//www.x.com/p` → `http://www.x.com/p` */
export function originalUrlFromArchive(archiveUrl: string): string | null {
  const m = /^https?:\/\/web\.archive\.org\/web\/\d+(?:[a-z_]+)?\/(.+)$/.exec(archiveUrl);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

const EFFECTIVE_HEADING = /^(effective|last (modified|updated|revised))\b/i;

/** A section's number at the start of its title: "2.5" of "2.5. Information for …". */
const SECTION_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,5})\.?\s/;
/** Whether `inner`'s number continues `outer`'s: "2.5.2 …" within "2.5. …", not "2.6" nor "12.5.1". */
export function numberedWithin(outer: string, inner: string): boolean {
  const a = SECTION_NUMBER.exec(outer)?.[1];
  const b = SECTION_NUMBER.exec(inner)?.[1];
  return !!a && !!b && b.startsWith(`${a}.`);
}

/** A clause's anchor: its section's slug and a digest of its text, numbered if taken. */
export function anchorFor(
  headingPath: string[],
  text: string,
  taken: Set<string>,
  // For each repeated base, the last suffix it took: a text repeated 100,000 times stays linear.
  lastSuffix: Map<string, number> = new Map(),
): string {
  const section = slugify(headingPath[headingPath.length - 1] ?? "") || "preamble";
  const digest = createHash("sha256").update(text).digest("hex");
  // The anchor is derived from content, so re-seeding the same text yields the same anchor.
  const base = `${section}-${digest.slice(0, 6)}`;
  let anchor = base;
  for (let n = lastSuffix.get(base) ?? 2; taken.has(anchor); n++) {
    anchor = `${base}-${n}`;
    lastSuffix.set(base, n);
  }
  taken.add(anchor);
  return anchor;
}

/** A list marker at the start of a line of a cell ("*   User Data"): GFM reads no lists in cells. */
const CELL_MARKER = /^[*•-][ \t]+/;
/** A heading's marker at the start of a line of a cell ("##### Service Providers", Bumble): GFM reads no blocks in cells either. */
const CELL_HEADING = /^#{1,6}[ \t]+/;

/*
 * A table cell's lines: a cell's `<br>` (and an HTML cell's line break or list) separates lines,
 * which the plain text would otherwise glue ("ads.We do not disclose", "promotionsExamples"); an
 * empty line stands where the cell had a blank line (`<br><br>`) or a block ended. A line's list
 * marker is markup, not the policy's words ("* User Data"): dropped, noting whether the line
 * opens an item of the cell's outer list (unindented); a heading's marker is kept for the caller.
 */
type CellLine = { text: string; item: boolean };
const cellLineLists = new WeakMap<TableCell, CellLine[]>();
function cellLines(cell: TableCell): CellLine[] {
  const known = cellLineLists.get(cell);
  if (known !== undefined) return known;
  const lines: string[] = [""];
  const visit = (node: Nodes) => {
    if (node.type === "html" && /^<br\s*\/?>$/i.test(node.value.trim())) lines.push("");
    else if (node.type === "break") lines.push("");
    else if (node.type === "list" || node.type === "listItem" || node.type === "paragraph") {
      lines.push("");
      if ("children" in node) node.children.forEach((c) => visit(c as Nodes));
      lines.push("");
    } else if (node.type === "text" || node.type === "inlineCode" || !("children" in node))
      lines[lines.length - 1] += textOf(node);
    else node.children.forEach((c) => visit(c as Nodes));
  };
  cell.children.forEach((c) => visit(c as Nodes));
  const kept = lines.map((line) => ({
    text: normalizeWhitespace(line).replace(CELL_MARKER, ""),
    item: CELL_MARKER.test(line),
  }));
  // Kept per node, as plain() is, for the history's thousands of versions.
  cellLineLists.set(cell, kept);
  return kept;
}

/** Lines as a cell's text reads them: each on a line of its own, a heading's marker dropped. */
function linesText(lines: CellLine[]): string {
  const kept = normalizeWhitespace(
    lines.map((line) => line.text.replace(CELL_HEADING, "")).join("\n"),
  ).split("\n");
  // A cell listing short names ("User Data", "Usage Data") reads as one line, "User Data; Usage
  // Data": on lines of their own, the last would run into the next cell ("Usage Data — So …").
  const names = kept.length > 1 && kept.every((l) => l.length <= 60 && !/[.!?:;]$/.test(l));
  // In a cell of text, a line said twice in a row is a toggle's label above the text it opens
  // ("When you view Fios TV" twice, Verizon), not the policy's words twice.
  return names
    ? kept.join("; ")
    : kept
        .filter((line, i) => i === 0 || line.toLowerCase() !== kept[i - 1]!.toLowerCase())
        .join("\n");
}

const cellTexts = new WeakMap<TableCell, string>();
function cellText(cell: TableCell): string {
  let text = cellTexts.get(cell);
  if (text === undefined) {
    text = linesText(cellLines(cell));
    cellTexts.set(cell, text);
  }
  return text;
}

/*
 * A cell's blocks, as the document's would be: its runs of lines between blank lines, and each
 * item of a list in it (an unindented marker line with the lines under it, sub-items included).
 */
function cellBlocks(cell: TableCell): CellLine[][] {
  const blocks: CellLine[][] = [[]];
  for (const line of cellLines(cell)) {
    const current = blocks[blocks.length - 1]!;
    if (!line.text) {
      if (current.length) blocks.push([]);
    } else if (line.item && current.length) blocks.push([line]);
    else current.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

/*
 * A cell whose words are all bold ("**Do**", "**Don't**") or one heading ("#### Cookie", The
 * Reach Group): a label, as a header's cells are.
 */
const isLabelCell = (cell: TableCell) => {
  const lines = cellLines(cell).filter((line) => line.text);
  if (lines.length === 1 && CELL_HEADING.test(lines[0]!.text)) return true;
  return (
    cell.children.every(
      (c) => c.type === "strong" || (c.type === "text" && c.value.trim() === ""),
    ) && cell.children.some((c) => c.type === "strong")
  );
};

/** A cell holding a lead-in and its list: a line ending in a colon, then more lines. */
const LEAD_IN_AND_LINES = /:\n./;

/** A clause read from a table: its text and the headings its row gives it. */
type RowClause = { titles: string[]; text: string };

/*
 * The clauses of a cell read as a passage of the document: each paragraph and each list item a
 * clause, under the row's titles; a heading within ("##### What exactly does this mean?",
 * Bumble) titles the blocks below it, and so, where `titleLines`, does a short line without
 * closing punctuation ("Community members", Wikipedia's box, whose page titles were flattened).
 */
function passageClauses(blocks: CellLine[][], titles: string[], titleLines: boolean): RowClause[] {
  const clauses: RowClause[] = [];
  let current = titles;
  blocks.forEach((block, i) => {
    const only = block.length === 1 && !block[0]!.item ? block[0]!.text : "";
    const title = CELL_HEADING.test(only)
      ? only.replace(CELL_HEADING, "")
      : titleLines && i < blocks.length - 1 && only.length <= 90 && !/[.:;,!?]$/.test(only)
        ? only
        : "";
    if (title) current = [...titles, title];
    else clauses.push({ titles: current, text: linesText(block) });
  });
  return clauses;
}

/*
 * A row whose first cell opens with a heading ("##### Service Providers", then what is shared
 * with them and why, Bumble) is a section of the document, as a list item with a heading is:
 * the heading titles the row's clauses. A first cell of one block after its heading reads with
 * the other cells, "To monitor activity … — Name; …"; one of several blocks is read as a
 * passage, each other cell a clause after it.
 */
function headedRow(cells: TableCell[]): RowClause[] | null {
  const [first, ...others] = cells;
  const blocks = first ? cellBlocks(first) : [];
  const heading = blocks[0]?.[0]?.text;
  if (!heading || !CELL_HEADING.test(heading)) return null;
  const title = heading.replace(CELL_HEADING, "");
  const rest = [blocks[0]!.slice(1), ...blocks.slice(1)].filter((b) => b.length > 0);
  const otherTexts = others.map(cellText).filter(Boolean);
  if (rest.length <= 1) {
    const text = [linesText(rest[0] ?? []), ...otherTexts].filter(Boolean).join(" — ");
    return text ? [{ titles: [title], text }] : [];
  }
  return [
    ...passageClauses(rest, [title], false),
    ...otherTexts.map((text) => ({ titles: [title], text })),
  ];
}

/*
 * One clause per body row: "cell — cell", so a row reads as the sentence it stands for. A row
 * whose cells are passages of their own (two or more cells each a lead-in and its list: "These
 * processing purposes include:", PayPal; "Examples of processing activities:", Google) is read
 * cell by cell: Google's "purposes | data | legal grounds" rows ran to 6,000 characters of three
 * lists, and a cut in them left a clause opening with the cells' "— ".
 */
function tableRows(table: Table): RowClause[] {
  let rows = table.children;
  // A first row of short labels ("Function | Example") is the table's header, not a clause; an
  // empty one (a converter's, Google Play, Criteo) leaves the header to the next row when that
  // row is labels in bold or headings ("**Do** | **Don't**"; a bold title alone in its row stays
  // a clause).
  const emptyHeader = rows[0]?.children.every((cell) => cellText(cell) === "");
  if (rows.length > 1) rows = rows.slice(1);
  const next = rows[0]?.children.filter((c) => cellText(c) !== "") ?? [];
  if (emptyHeader && rows.length > 1 && next.length >= 2 && next.every(isLabelCell))
    rows = rows.slice(1);
  // A table of one column is a box on the page, its header the box's title (Wikipedia's "More
  // on what the Wikimedia Foundation Privacy Policy does not cover").
  const header = table.children.length > 1 ? cellText(table.children[0]!.children[0]!) : "";
  const boxTitle =
    table.children.every((row) => row.children.length === 1) &&
    header &&
    !header.includes("\n") &&
    header.length <= 90
      ? [header]
      : [];
  return rows.flatMap((row): RowClause[] => {
    const filled = row.children.filter((cell) => cellText(cell) !== "");
    const headed = headedRow(filled);
    if (headed) return headed;
    // A row of one cell of several blocks (a box's body, PayPal's "We may transfer Personal
    // Information …" under "Other important information") is a passage, not a grid's row.
    const blocks = filled.length === 1 ? cellBlocks(filled[0]!) : [];
    if (blocks.length >= 2) return passageClauses(blocks, boxTitle, true);
    const cells = row.children.map((cell) => cellText(cell)).filter(Boolean);
    const untitled = (texts: string[]) => texts.map((text) => ({ titles: [], text }));
    if (cells.filter((c) => LEAD_IN_AND_LINES.test(c)).length < 2) {
      const text = cells.join(" — ");
      return text ? untitled([text]) : [];
    }
    // A short label in the first cell ("Deletion", Spotify) stays with the cell after it.
    const label = cells[0]!.length <= 60 && !cells[0]!.includes("\n");
    return untitled(label ? [`${cells[0]} — ${cells[1] ?? ""}`, ...cells.slice(2)] : cells);
  });
}

/*
 * What a converter leaves of a table it could not read: a row of empty cells and a delimiter row
 * with the table's caption glued on ("|   |   |⏎| --- | --- |Types of advertising programs",
 * Verizon, Forbes), read as a paragraph. One character class then a pipe: linear.
 */
const TABLE_LEFTOVER = /^\|[|:\- ]*\|/;
function tableCaption(text: string): string | null {
  const m = TABLE_LEFTOVER.exec(text);
  return m && m[0].includes("---") ? text.slice(m[0].length).trim() : null;
}

/**
 * Splits an archived policy (markdown) into clauses: every paragraph, list item, quote or
 * code block is one clause, labelled with the headings above it.
 */
export function segmentPolicy(markdown: string): SegmentedPolicy {
  return segmentTree(unified().use(remarkParse).parse(markdown) as Root);
}

/**
 * The clause segmentation itself, on a markdown syntax tree: the seed parses its markdown into
 * one; machine reading (lib/reading/) builds one from markdown, HTML or plain text.
 */
export function segmentTree(
  tree: Root,
  /** Machine reading keeps no anchors: it skips hashing every clause for one (reading speed). */
  { anchors = true }: { anchors?: boolean } = {},
): SegmentedPolicy {
  const clauses: SegmentedClause[] = [];
  const taken = new Set<string>();
  const lastSuffix = new Map<string, number>();
  let header: PolicyHeader | null = null;
  let title = "";
  // stack of [depth, text]; pseudo-headings sit one level below the last real heading.
  let stack: Array<{ depth: number; text: string; pseudo: boolean }> = [];

  const push = (text: string) => {
    if (!text) return;
    const headingPath = stack.map((s) => s.text).filter(Boolean);
    clauses.push({
      position: clauses.length + 1,
      headingPath,
      text,
      anchor: anchors ? anchorFor(headingPath, text, taken, lastSuffix) : "",
    });
  };

  const setHeading = (depth: number, text: string, pseudo: boolean) => {
    // A numbered pseudo-heading stays under the one whose number opens its own ("**2.5.2 Your
    // Rights**" under "**2.5. Information for Residents of European Countries**", AdSupply);
    // until the double reading of 2027-02-12 each bold line replaced the one before.
    stack = stack.filter((s) =>
      pseudo ? !s.pseudo || numberedWithin(s.text, text) : s.depth < depth,
    );
    stack.push({ depth, text, pseudo });
  };

  const visitBlock = (node: RootContent) => {
    switch (node.type) {
      case "heading": {
        const text = dropSplitLinkMarks(plain(node as Heading));
        if (!title && (node as Heading).depth === 1) {
          title = text;
          return;
        }
        if (!text) return;
        // A date heading ("Effective: 1/17/2011") is metadata, not a section of the policy.
        if (EFFECTIVE_HEADING.test(text))
          stack = stack.filter((s) => s.depth < (node as Heading).depth);
        else setHeading((node as Heading).depth, text, false);
        return;
      }
      case "paragraph": {
        const pseudo = pseudoHeadingText(node);
        if (pseudo) {
          setHeading(7, pseudo, true);
          return;
        }
        const text = plain(node);
        const caption = tableCaption(text);
        // A table's caption titles the rows below it; the leftover cells are no words.
        if (caption !== null) {
          if (caption && titleLine(node) !== null) setHeading(7, caption, true);
          else push(caption);
          return;
        }
        const unlinked = dropSplitLinkMarks(text);
        for (const part of handListOf(unlinked) ?? paragraphsOf(unlinked)) push(part);
        return;
      }
      case "list":
        for (const item of node.children) {
          if (!isSectionItem(item)) {
            push(plain(item));
            continue;
          }
          // A section's headings hold within it: the next item, and what follows the list,
          // are under the headings above the list.
          const outer = stack;
          const itemTitle = titleLine(item.children[0]);
          const blocks = itemTitle ? item.children.slice(1) : item.children;
          if (itemTitle) {
            const depth = Math.min(
              6,
              Math.max(0, ...stack.filter((s) => !s.pseudo).map((s) => s.depth)) + 1,
            );
            setHeading(depth, itemTitle, false);
          }
          blocks.forEach(visitBlock);
          stack = outer;
        }
        return;
      case "blockquote":
        if (!header && clauses.length === 0 && !title) {
          header = headerFrom(node);
          if (header) return;
        }
        push(plain(node));
        return;
      case "table": {
        // A row's headings hold for its clauses only; the rows after it are under the table's.
        const outer = stack;
        for (const row of tableRows(node)) {
          stack = [...outer, ...row.titles.map((text) => ({ depth: 7, text, pseudo: true }))];
          push(row.text);
        }
        stack = outer;
        return;
      }
      case "code":
        push(normalizeWhitespace(node.value));
        return;
      case "html":
        push(normalizeWhitespace(node.value.replace(/<[^>]*>/g, " ")));
        return;
      case "thematicBreak":
      case "definition":
        return;
      default:
        push(plain(node as Nodes));
    }
  };

  tree.children.forEach(visitBlock);
  const h: PolicyHeader = header ?? {
    title: "",
    sourceHost: null,
    sourceUrl: null,
    archiveUrl: null,
    archivedOn: null,
    recordedBy: null,
  };
  return { ...h, title, clauses };
}
