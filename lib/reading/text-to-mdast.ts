import type { Heading, List, Paragraph, Root, RootContent } from "mdast";

const BULLET = /^\s*(?:[-*•·▪–]|\(?[a-z0-9]{1,3}[.)])\s+/i;
const SENTENCE_END = /[.:;,!?)"”]$/;

const paragraph = (text: string): Paragraph => ({
  type: "paragraph",
  children: [{ type: "text", value: text }],
});

/*
 * A short line on its own with no closing punctuation reads as a section title in a text
 * file ("Cookies", "4. SHARING YOUR INFORMATION"); the segmenter keeps titles as heading paths.
 */
function looksLikeTitle(block: string[]): boolean {
  if (block.length !== 1) return false;
  const line = block[0]!;
  return line.length <= 80 && !SENTENCE_END.test(line) && /^[\p{Lu}\d]/u.test(line);
}

/**
 * Plain text → markdown syntax tree without interpreting markdown (a "*" or "#" in a text
 * file is the company's character, not markup): blank lines separate blocks, a block whose
 * lines all start with a bullet is a list, a lone short unpunctuated line is a heading.
 */
export function textToMdast(text: string): Root {
  const children: RootContent[] = [];
  for (const raw of text.split(/\n[ \t]*\n/)) {
    const lines = raw
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.length > 1 && lines.every((l) => BULLET.test(l))) {
      const list: List = {
        type: "list",
        ordered: false,
        spread: false,
        children: lines.map((l) => ({
          type: "listItem",
          spread: false,
          children: [paragraph(l.replace(BULLET, ""))],
        })),
      };
      children.push(list);
    } else if (looksLikeTitle(lines)) {
      // A title before any text is the document's (depth 1: the segmenter takes it as the title).
      const heading: Heading = {
        type: "heading",
        depth: children.length === 0 ? 1 : 2,
        children: [{ type: "text", value: lines[0]! }],
      };
      children.push(heading);
    } else children.push(paragraph(lines.join(" ")));
  }
  return { type: "root", children };
}
