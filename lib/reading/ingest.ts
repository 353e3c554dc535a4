import type { Root } from "mdast";
import { segmentTree } from "../seed/segment-policy";
import { decodeInput } from "./decode-input";
import { dropMarkdownFurniture } from "./drop-furniture";
import { htmlToMdast } from "./html-to-mdast";
import { readMarkdown } from "./read-markdown";
import { dropRecordedTwice } from "./recorded-twice";
import { ReadingError } from "./reading-error";
import { textToMdast } from "./text-to-mdast";

export { needsGfm, parseMarkdown } from "./read-markdown";

export type PolicyFormat = "markdown" | "html" | "text";

export type ReadClause = { text: string; headingPath: string[] };
export type ReadPolicy = { title: string; format: PolicyFormat; clauses: ReadClause[] };

/** Past this a clause is split at sentence ends: no real clause is this long, a hostile one may be. */
export const MAX_CLAUSE_CHARS = 4000;
/** More clauses than the longest policy in the corpus has (about 1,100) by a wide margin. */
export const MAX_CLAUSES = 5000;

const HTML_HINT =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<\/(?:p|div|h[1-6]|li|body)>/i;

/** Guesses the format from the text itself, for input with no declared type. */
export function detectFormat(text: string): PolicyFormat {
  const head = text.slice(0, 20_000);
  if (HTML_HINT.test(head)) return "html";
  return "markdown";
}

/** Cuts an over-long clause at sentence ends (or spaces, or anywhere) into pieces ≤ the cap. */
export function splitLongClause(text: string): string[] {
  if (text.length <= MAX_CLAUSE_CHARS) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_CLAUSE_CHARS) {
    const window = rest.slice(0, MAX_CLAUSE_CHARS);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "));
    const space = window.lastIndexOf(" ");
    const cut = sentence > MAX_CLAUSE_CHARS / 2 ? sentence + 1 : space > 0 ? space : window.length;
    pieces.push(rest.slice(0, cut).trim());
    // A cut between a table row's cells leaves the dash that joined them ("— The legal grounds
    // …", Google): the segmenter's, not the policy's words.
    rest = rest.slice(cut).trim().replace(/^— /, "");
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Nearly four times the lines (or HTML blocks) of the longest policy in the corpus (1,337). */
export const MAX_BLOCKS = 5_000;
const HTML_BLOCK = /<(?:p|li|div|tr|td|h[1-6]|dd|dt|section|br)[\s/>]/gi;

/**
 * Counted before parsing, because the parsers' time grows faster than the size of the input
 * with the number of blocks (100,000 one-letter paragraphs take the markdown parser minutes).
 */
function countBlocks(text: string, format: PolicyFormat): number {
  if (format === "html") return withoutScripts(text).match(HTML_BLOCK)?.length ?? 0;
  let lines = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    if (end > start) lines++;
    start = end + 1;
  }
  return lines + 1;
}

/** The HTML with script and style bodies cut out (by index search: linear even when unclosed). */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let at = 0;
  // Each search result is kept until passed: searching afresh for a tag that no longer occurs
  // would scan to the end once per script, quadratic on a page of thousands of scripts.
  let script = lower.indexOf("<script");
  let style = lower.indexOf("<style");
  for (;;) {
    if (script >= 0 && script < at) script = lower.indexOf("<script", at);
    if (style >= 0 && style < at) style = lower.indexOf("<style", at);
    const open = script < 0 ? style : style < 0 ? script : Math.min(script, style);
    if (open < 0) break;
    kept.push(html.slice(at, open));
    const close = lower.indexOf(open === script ? "</script" : "</style", open);
    if (close < 0) return kept.join("");
    at = close + 8;
  }
  kept.push(html.slice(at));
  return kept.join("");
}

/** Longer than any line of a real policy's markdown (the corpus's longest is about 7,000). */
const MAX_MARKDOWN_LINE = 20_000;

function hasHugeLine(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf("\n"); ; end = text.indexOf("\n", start)) {
    if ((end < 0 ? text.length : end) - start > MAX_MARKDOWN_LINE) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

function toTree(text: string, format: PolicyFormat, parse: (text: string) => Root): Root {
  if (format === "html") return htmlToMdast(text);
  // The markdown parser takes seconds on a megabyte-long line; such a line has no markup
  // worth reading, so it is read as plain text.
  if (format === "text" || hasHugeLine(text)) return textToMdast(text);
  return parse(text);
}

/**
 * Reads a policy (markdown, HTML or plain text; bytes or a string) into clauses with their
 * heading paths, using the seed's segmentation with page furniture removed first. Throws a
 * ReadingError with a message for the sender when the input is not a readable policy.
 */
export function readPolicy(
  input: Uint8Array | string,
  format?: PolicyFormat,
  /** The policy history reads many near-identical versions with a cache (lib/history/). */
  options: { parseMarkdown?: (text: string) => Root } = {},
): ReadPolicy {
  return readDecoded(decodeInput(input), format, options);
}

/** readPolicy of a text decodeInput has already turned out: its caller needs the text too. */
export function readDecoded(
  text: string,
  format?: PolicyFormat,
  options: { parseMarkdown?: (text: string) => Root } = {},
): ReadPolicy {
  const kind = format ?? detectFormat(text);
  if (countBlocks(text, kind) > MAX_BLOCKS)
    throw new ReadingError(
      "too-complex",
      `The policy has more than ${MAX_BLOCKS.toLocaleString("en")} ${kind === "html" ? "HTML blocks" : "lines"}; no real privacy policy has that many. Check that this is one policy.`,
    );
  let tree: Root;
  try {
    tree = dropMarkdownFurniture(toTree(text, kind, options.parseMarkdown ?? readMarkdown));
  } catch (error) {
    if (error instanceof RangeError)
      throw new ReadingError(
        "too-complex",
        "The policy is structured too deeply to read; send it as plain text instead.",
      );
    throw error;
  }
  const segmented = segmentTree(tree, { anchors: false });
  const clauses: ReadClause[] = [];
  for (const c of segmented.clauses) {
    for (const piece of splitLongClause(c.text))
      clauses.push({ text: piece, headingPath: c.headingPath });
    if (clauses.length > MAX_CLAUSES)
      throw new ReadingError(
        "too-complex",
        `The policy splits into more than ${MAX_CLAUSES.toLocaleString("en")} clauses; no real policy has that many. Check that this is one privacy policy.`,
      );
  }
  const once = dropRecordedTwice(clauses);
  if (once.length === 0)
    throw new ReadingError(
      "empty",
      "No readable text was found in this policy: paste or upload the policy's text.",
    );
  return { title: segmented.title, format: kind, clauses: once };
}
