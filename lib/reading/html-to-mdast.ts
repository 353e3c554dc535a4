import type { Element, Root as HastRoot, RootContent as HastContent } from "hast";
import { select } from "hast-util-select";
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import { ReadingError } from "./reading-error";

/** Elements that are never part of a policy's text. */
const DROPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "video",
  "audio",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "input",
  "textarea",
  "dialog",
]);
const DROPPED_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "dialog",
  "alertdialog",
  "search",
  "complementary",
]);
// Consent-manager widgets and tables of contents, recognised by their ids and classes.
const FURNITURE_NAME =
  /onetrust|cookiebot|cookie-?law|osano|truste-consent|didomi|usercentrics|(cookie|consent|gdpr)[-_ ]?(banner|bar|notice|popup|modal|dialog|overlay|manager|prompt|wall)|\btoc\b|table-of-contents|skip-?(link|to)|breadcrumb/i;

/** Deeper than any real page; a converter walking deeper would exhaust the stack. */
const MAX_DEPTH = 200;

function nameOf(el: Element): string {
  const { id, className } = el.properties;
  const classes = Array.isArray(className) ? className.join(" ") : String(className ?? "");
  return `${typeof id === "string" ? id : ""} ${classes}`;
}

function isFurniture(el: Element, inMain: boolean): boolean {
  if (DROPPED_TAGS.has(el.tagName)) return true;
  // A page's own <header> is site chrome; a <header> inside the article holds its title.
  if (el.tagName === "header" && !inMain) return true;
  const p = el.properties;
  if (p.hidden !== undefined && p.hidden !== false) return true;
  if (String(p.ariaHidden) === "true") return true;
  if (typeof p.style === "string" && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style))
    return true;
  if (typeof p.role === "string" && DROPPED_ROLES.has(p.role)) return true;
  return FURNITURE_NAME.test(nameOf(el));
}

/**
 * Removes page furniture in place, without recursion (a hostile page may nest 100,000 deep):
 * refuses nesting deeper than any real page has, which the converter after it could not walk.
 */
function dropFurniture(tree: HastRoot): void {
  const stack: Array<{ node: HastRoot | Element; depth: number; inMain: boolean }> = [
    { node: tree, depth: 0, inMain: false },
  ];
  while (stack.length > 0) {
    const { node, depth, inMain } = stack.pop()!;
    if (depth > MAX_DEPTH)
      throw new ReadingError(
        "too-complex",
        `The HTML is nested more than ${MAX_DEPTH} elements deep; no real policy page is. Send the policy's text instead.`,
      );
    const kept: HastContent[] = [];
    for (const child of node.children) {
      if (child.type === "comment" || child.type === "doctype") continue;
      if (child.type === "element") {
        if (isFurniture(child, inMain)) continue;
        const main = inMain || child.tagName === "main" || child.tagName === "article";
        stack.push({ node: child, depth: depth + 1, inMain: main });
      }
      kept.push(child);
    }
    node.children = kept as typeof node.children;
  }
}

/** The page's <main> (or its only <article>) when it has one: the policy without the site around it. */
function policyPart(tree: HastRoot): HastRoot {
  const main = select("main", tree) ?? select("article", tree);
  const title = select("h1", tree);
  if (!main) return tree;
  const children: HastContent[] = [...main.children];
  // Keep the page title when it sits above <main>, as many sites place it.
  if (title && !select("h1", main)) children.unshift(title);
  return { type: "root", children };
}

/** HTML → markdown syntax tree (rehype-parse → furniture removed → rehype-remark). */
export function htmlToMdast(html: string): Root {
  const processor = unified()
    .use(rehypeParse)
    .use(() => (tree: HastRoot) => {
      dropFurniture(tree);
      return policyPart(tree);
    })
    .use(rehypeRemark);
  return processor.runSync(processor.parse(html)) as Root;
}
