import type { Link, ListItem, Nodes, Parent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { ReadingError } from "./reading-error";

/** Deeper than any real policy; the segmenter walks nodes recursively. */
const MAX_DEPTH = 200;

const TOC_TITLE =
  /^(table of contents|contents|on this page|in this (policy|notice|statement|article)|jump to( a)? section|quick links)$/i;
const CONSENT_BUTTON =
  /^(accept|accept all|accept all cookies|accept cookies|allow all|allow cookies|reject|reject all|decline|got it|ok,? got it|i agree|i accept|cookie settings|cookies settings|manage (cookie )?preferences|customi[sz]e settings|close)$/i;
const SKIP_LINK = /^skip to (main )?(content|navigation)$/i;
/*
 * A line pointing to another version of the policy ("Click here to view our current Privacy
 * Policy.", TikTok 2025): a link to another page, not the policy's words. Its coming and going
 * was the only clause TikTok's page changed on Dec 16, 2025. Only a paragraph that is nothing
 * else: "Our new Privacy Policy comes into effect on … Click here …" announces a change, kept.
 */
const OTHER_VERSION_LINK =
  /^click here to (view|see|read|access) (our|the) (current|previous|prior|archived|old|former|earlier) (version of (our|the|this) )?privacy (policy|notice|statement)\.?$/i;

/*
 * What the rules below compute of a block depends only on the block, and the policy history
 * reads thousands of versions whose trees share most of their nodes (lib/reading/read-markdown.ts),
 * so each result is kept per node. Nodes are only read once dropEmptyLinks has cleaned them
 * (it is the one rule that changes a tree), so a kept result stays true.
 */
const cleaned = new WeakSet<Nodes>();
const rawTexts = new WeakMap<Nodes, string>();
const texts = new WeakMap<Nodes, string>();

/** A node's words as mdast-util-to-string gives them (image descriptions left out). */
function rawText(node: Nodes): string {
  let text = rawTexts.get(node);
  if (text === undefined) {
    text =
      "value" in node
        ? node.value
        : "children" in node
          ? node.children.map((c) => rawText(c as Nodes)).join("")
          : "";
    rawTexts.set(node, text);
  }
  return text;
}

function textOf(node: Nodes): string {
  let text = texts.get(node);
  if (text === undefined) {
    text = rawText(node).replace(/\s+/g, " ").trim();
    texts.set(node, text);
  }
  return text;
}

/** A result per node, computed once. */
function perNode<T>(compute: (node: Nodes) => T): (node: Nodes) => T {
  const results = new WeakMap<Nodes, T>();
  return (node) => {
    let result = results.get(node);
    if (result === undefined) {
      result = compute(node);
      results.set(node, result);
    }
    return result;
  };
}

/** A link's words, read afresh: its contents may yet lose links of their own. */
const linkText = (n: Nodes) => toString(n, { includeImageAlt: false }).replace(/\s+/g, " ").trim();
const inPage = (l: Link) => l.url.startsWith("#");

/** The depth at which each node was found within MAX_DEPTH with all it holds (it is then within it at any lesser depth). */
const checkedAt = new WeakMap<Nodes, number>();

/** Refuses a tree nested deeper than MAX_DEPTH (checked without recursion). */
function checkDepth(tree: Root): void {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  const visited: Array<[Nodes, number]> = [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH)
      throw new ReadingError(
        "too-complex",
        `The policy is nested more than ${MAX_DEPTH} levels deep (lists or quotes within each other); no real policy is. Send it as plain text instead.`,
      );
    if ((checkedAt.get(node) ?? -1) >= depth) continue;
    visited.push([node, depth]);
    if ("children" in node) for (const c of node.children) stack.push([c as Nodes, depth + 1]);
  }
  for (const [node, depth] of visited) checkedAt.set(node, depth);
}

/** Links with no words (icons, "¶" anchors left empty by the converter) and skip links. */
function dropEmptyLinks(node: Nodes): void {
  if (!("children" in node) || cleaned.has(node)) return;
  const parent = node as Parent;
  if (parent.children.some((c) => c.type === "link"))
    parent.children = parent.children.filter((c) => {
      if (c.type !== "link") return true;
      const text = linkText(c);
      return !(text === "" || SKIP_LINK.test(text));
    });
  for (const c of parent.children) dropEmptyLinks(c as Nodes);
  cleaned.add(node);
}

/** True when every word of a block sits in links to places on the same page. */
const onlyInPageLinks = perNode((node: Nodes): boolean => {
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
});

const words = (text: string) => (text ? text.split(" ").length : 0);

/** A block made only of links, with few words: a menu entry or a logo link. */
const onlyLinks = perNode((node: Nodes): boolean => {
  let outside = "";
  const walk = (n: Nodes) => {
    if (n.type === "link") return;
    if (n.type === "text") outside += n.value.replace(/[\s|·•,]+/g, "");
    if ("children" in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return outside === "";
});

/*
 * Site chrome above the policy (menus, "Sign in", a logo link) comes before its first heading:
 * there, lists of a few words per item and short link-only lines are dropped. Below it, lists
 * of short items are the policy's own ("Name", "Email address") and are kept.
 */
function isChromeAboveTitle(node: RootContent): boolean {
  if (node.type === "list")
    return node.children.every((item) => words(textOf(item)) <= 5 && !/[.;:]$/.test(textOf(item)));
  if (node.type === "paragraph") return onlyLinks(node) && words(textOf(node)) <= 5;
  return false;
}

/*
 * A forum's listing of topics ("How do I download an archive of my old blog?" · "by thibault" ·
 * "4 years ago" · "in Data Migration" · "0 votes"): each entry names its author's post, its age
 * and its votes. Such a list is a page that lists questions, not the policy's words: Open Terms
 * Archive recorded a help forum at a policy's address for years, and its topic titles ("old
 * posts", "Reset Password") were read as clauses on retention and security, their ratings moving
 * with each day's topics. A list whose every entry (two or more) gives both an age and a vote
 * count is dropped; a policy's own list never does.
 */
const FORUM_VOTES = /^\d{1,7} votes?$/i;
const FORUM_AGE = /^(?:\d{1,4}|an?) (?:minute|hour|day|week|month|year)s? ago$/i;
const isForumEntry = (item: ListItem) =>
  item.children.some(
    (c) =>
      c.type === "list" &&
      c.children.some((line) => FORUM_VOTES.test(textOf(line))) &&
      c.children.some((line) => FORUM_AGE.test(textOf(line))),
  );
const isForumListing = (n: RootContent) =>
  n.type === "list" && n.children.length >= 2 && n.children.every(isForumEntry);

const isShortLine = (n: RootContent) =>
  (n.type === "paragraph" || n.type === "list") && textOf(n).length <= 100;

/**
 * Drops page furniture that survives conversion to markdown (and that Open Terms Archive's
 * markdown keeps): empty anchor links, "skip to content", tables of contents (lists or lines of
 * in-page links, or the short lines under a "Table of contents" title), and consent banners
 * (a short cookie notice followed by its buttons), a line that only links to another version
 * of the policy, and a forum's listing of topics. Mutates and returns the tree.
 */
export function dropMarkdownFurniture(tree: Root): Root {
  checkDepth(tree);
  dropEmptyLinks(tree);
  const kept: RootContent[] = [];
  const blocks = tree.children;
  let seenHeading = false;
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    const text = textOf(node);
    if (node.type === "heading") seenHeading = true;
    if (!seenHeading && isChromeAboveTitle(node)) continue;
    if (node.type !== "heading" && onlyInPageLinks(node)) continue;
    if (TOC_TITLE.test(text.replace(/[:*]+$/, ""))) {
      // The entries under it: short lines, until the first paragraph of prose, a real heading,
      // or the first entry again (the contents have ended and the first section begins).
      const firstEntry = blocks[i + 1] ? textOf(blocks[i + 1]!) : "";
      let j = i + 1;
      while (
        j < blocks.length &&
        isShortLine(blocks[j]!) &&
        (j === i + 1 || textOf(blocks[j]!) !== firstEntry)
      )
        j++;
      i = j - 1;
      continue;
    }
    if (node.type === "paragraph" && CONSENT_BUTTON.test(text)) {
      const previous = kept[kept.length - 1];
      if (previous && /cookie/i.test(textOf(previous)) && textOf(previous).length < 400) kept.pop();
      continue;
    }
    if (node.type === "list" && node.children.every((item) => CONSENT_BUTTON.test(textOf(item))))
      continue;
    if (node.type === "paragraph" && OTHER_VERSION_LINK.test(text)) continue;
    if (isForumListing(node)) continue;
    kept.push(node);
  }
  tree.children = kept;
  return tree;
}
