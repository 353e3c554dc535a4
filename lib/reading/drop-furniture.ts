import type { Link, Nodes, Parent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { ReadingError } from "./reading-error";

/** Deeper than any real policy; the segmenter walks nodes recursively. */
const MAX_DEPTH = 200;

const TOC_TITLE = /^(table of contents|contents|on this page|in this (policy|notice|statement|article)|jump to( a)? section|quick links)$/i;
const CONSENT_BUTTON =
  /^(accept|accept all|accept all cookies|accept cookies|allow all|allow cookies|reject|reject all|decline|got it|ok,? got it|i agree|i accept|cookie settings|cookies settings|manage (cookie )?preferences|customi[sz]e settings|close)$/i;
const SKIP_LINK = /^skip to (main )?(content|navigation)$/i;

const textOf = (n: Nodes) => toString(n, { includeImageAlt: false }).replace(/\s+/g, " ").trim();
const inPage = (l: Link) => l.url.startsWith("#");

/** Refuses a tree nested deeper than MAX_DEPTH (checked without recursion). */
function checkDepth(tree: Root): void {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH)
      throw new ReadingError(
        "too-complex",
        `The policy is nested more than ${MAX_DEPTH} levels deep (lists or quotes within each other); no real policy is. Send it as plain text instead.`,
      );
    if ("children" in node) for (const c of node.children) stack.push([c as Nodes, depth + 1]);
  }
}

/** Links with no words (icons, "¶" anchors left empty by the converter) and skip links. */
function dropEmptyLinks(node: Nodes): void {
  if (!("children" in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.filter(
    (c) => !(c.type === "link" && (textOf(c) === "" || SKIP_LINK.test(textOf(c)))),
  );
  for (const c of parent.children) dropEmptyLinks(c as Nodes);
}

/** True when every word of a block sits in links to places on the same page. */
function onlyInPageLinks(node: Nodes): boolean {
  let links = 0;
  let outside = "";
  const walk = (n: Nodes) => {
    if (n.type === "link") {
      if (!inPage(n)) outside += "x";
      else links++;
      return;
    }
    if (n.type === "text") outside += n.value.replace(/[\s|·•,]+/g, "");
    if ("children" in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return links > 0 && outside === "";
}

const isShortLine = (n: RootContent) =>
  (n.type === "paragraph" || n.type === "list") && textOf(n).length <= 100;

/**
 * Drops page furniture that survives conversion to markdown (and that Open Terms Archive's
 * markdown keeps): empty anchor links, "skip to content", tables of contents (lists or lines of
 * in-page links, or the short lines under a "Table of contents" title), and consent banners
 * (a short cookie notice followed by its buttons). Mutates and returns the tree.
 */
export function dropMarkdownFurniture(tree: Root): Root {
  checkDepth(tree);
  dropEmptyLinks(tree);
  const kept: RootContent[] = [];
  const blocks = tree.children;
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    const text = textOf(node);
    if (node.type !== "heading" && onlyInPageLinks(node)) continue;
    if (TOC_TITLE.test(text.replace(/[:*]+$/, ""))) {
      // The entries under it: short lines, until the first paragraph of prose, a real heading,
      // or an entry that repeats (the list has ended and the first section begins).
      const seen = new Set<string>();
      let j = i + 1;
      while (j < blocks.length && isShortLine(blocks[j]!) && !seen.has(textOf(blocks[j]!))) {
        seen.add(textOf(blocks[j]!));
        j++;
      }
      i = j - 1;
      continue;
    }
    if (node.type === "paragraph" && CONSENT_BUTTON.test(text)) {
      const previous = kept[kept.length - 1];
      if (previous && /cookie/i.test(textOf(previous)) && textOf(previous).length < 400)
        kept.pop();
      continue;
    }
    if (node.type === "list" && node.children.every((item) => CONSENT_BUTTON.test(textOf(item))))
      continue;
    kept.push(node);
  }
  tree.children = kept;
  return tree;
}
