import Link from "next/link";
import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/*
 * A server component's markup as one string of HTML, for blocks sent once (components/static-html.tsx)
 * that are written as ordinary components rather than as string builders. React's own string
 * renderer is not available to server components, and a block with nothing interactive needs
 * none of its work: this walks the element tree, calls function components (awaiting async ones)
 * and writes elements, attributes and text as react-dom/server's renderToStaticMarkup does
 * (tests/components/static-markup.test.ts renders the same trees with both and compares), less
 * the resource hints React adds beside them (an <img> gets no preload <link>).
 *
 * Only what a static block can hold: host elements, fragments, function components and
 * next/link's Link (written as the plain <a> it renders; the link then loads its page in full
 * instead of through the client router). Anything else (a client component, an event handler,
 * a form control whose value React manages) throws, so a component that grows one is noticed
 * in the tests rather than rendered wrongly.
 */

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Attributes React writes under another name. */
const RENAMED: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  acceptCharset: "accept-charset",
  xlinkHref: "xlink:href",
};

/** SVG presentation attributes React writes hyphenated (those our components use, and kin). */
const HYPHENATED = new Set([
  "strokeWidth",
  "strokeLinecap",
  "strokeLinejoin",
  "strokeDasharray",
  "strokeDashoffset",
  "strokeOpacity",
  "strokeMiterlimit",
  "fillOpacity",
  "fillRule",
  "clipRule",
  "clipPath",
  "stopColor",
  "stopOpacity",
  "textAnchor",
  "dominantBaseline",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "vectorEffect",
]);

/** HTML attributes that are present or absent: true writes `name=""`, false leaves it out. */
const BOOLEAN = new Set([
  "allowFullScreen",
  "async",
  "autoFocus",
  "autoPlay",
  "controls",
  "default",
  "defer",
  "disabled",
  "formNoValidate",
  "hidden",
  "inert",
  "loop",
  "noModule",
  "noValidate",
  "open",
  "playsInline",
  "readOnly",
  "required",
  "reversed",
  "scoped",
  "seamless",
  "itemScope",
]);

/** Props that are React's, not the element's. */
const SKIPPED = new Set([
  "children",
  "key",
  "ref",
  "suppressHydrationWarning",
  "dangerouslySetInnerHTML",
]);

/** Props React treats specially on form controls: not static. */
const MANAGED = new Set(["value", "defaultValue", "checked", "defaultChecked", "selected"]);

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};

/** Text and attribute values, escaped as React escapes them. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function attributeName(prop: string): string {
  if (prop in RENAMED) return RENAMED[prop]!;
  if (HYPHENATED.has(prop)) return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return prop;
}

function attributes(type: string, props: Record<string, unknown>): string {
  let out = "";
  for (const [prop, value] of Object.entries(props)) {
    if (SKIPPED.has(prop) || value === undefined || value === null) continue;
    if (/^on[A-Z]/.test(prop) || typeof value === "function")
      throw new Error(`Static markup cannot hold an event handler (<${type} ${prop}>).`);
    if (
      MANAGED.has(prop) &&
      (type === "input" || type === "select" || type === "textarea" || type === "option")
    )
      throw new Error(`Static markup cannot hold a managed form value (<${type} ${prop}>).`);
    if (prop === "style")
      throw new Error(`Static markup does not write inline styles (<${type}>).`);
    const name = attributeName(prop);
    if (typeof value === "boolean") {
      // aria-* and data-* keep "true"/"false"; HTML's boolean attributes are present or absent;
      // React drops a boolean given to any other attribute.
      if (prop.startsWith("aria-") || prop.startsWith("data-")) out += ` ${name}="${value}"`;
      else if (value && BOOLEAN.has(prop)) out += ` ${name}=""`;
      continue;
    }
    out += ` ${name}="${escapeMarkup(String(value))}"`;
  }
  return out;
}

async function host(type: string, props: Record<string, unknown>): Promise<string> {
  const open = `<${type}${attributes(type, props)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  const content = inner ? (inner.__html ?? "") : await render(props.children as ReactNode);
  return `${open}>${content}</${type}>`;
}

async function render(node: ReactNode): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeMarkup(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map(render))).join("");
  if (!isValidElement(node))
    throw new Error(`Static markup cannot render ${Object.prototype.toString.call(node)}.`);
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;

  if (type === Fragment) return render(props.children as ReactNode);
  if (type === Link) {
    // What Link renders, less the props that only steer the client router.
    const { href, prefetch: _p, replace: _r, scroll: _s, shallow: _h, ...rest } = props;
    if (typeof href !== "string")
      throw new Error("Static markup writes a Link's href only as a string.");
    return host("a", { ...rest, href });
  }
  if (typeof type === "string") return host(type, props);
  if (typeof type === "function" && !("$$typeof" in type)) {
    const rendered = (type as (p: unknown) => ReactNode | Promise<ReactNode>)(props);
    return render(await rendered);
  }
  throw new Error(
    `Static markup cannot render ${typeof type === "function" ? type.name || "a component" : "this element"}: only host elements, fragments, function components and Link.`,
  );
}

/** The markup of `node` as react-dom/server's renderToStaticMarkup writes it. */
export function renderStaticMarkup(node: ReactNode): Promise<string> {
  return render(node);
}
