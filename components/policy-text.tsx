import type { OutlineSection } from "@/lib/policy-outline";
import type { ClauseView } from "@/lib/queries/companies";
import type { Practice } from "@/lib/queries/practices";
import type { SnippetPart } from "@/lib/search/highlight";
import { policyTextHtml } from "./policy-text-html";
import { StaticHtml } from "./static-html";

/** The unmarked HTML of each outline, built once: outlines are kept per data version with their company. */
const unmarked = new WeakMap<readonly OutlineSection<ClauseView>[], string>();

/**
 * The full policy under its own headings, clause by clause, each clause with its anchor,
 * practice tags and a copy-link control (CopyLinkHandler copies for all of them with one
 * listener). Built as one string of HTML (policy-text-html.ts): a policy can hold hundreds of
 * clauses, and as React elements they cost most of the page's render and payload.
 */
export function PolicyText({
  outline,
  practices,
  marks = new Map(),
}: {
  outline: readonly OutlineSection<ClauseView>[];
  practices: readonly Practice[];
  /** Clause anchor → its text split into marked and plain parts. */
  marks?: ReadonlyMap<string, SnippetPart[]>;
}) {
  const names = () => new Map(practices.map((p) => [p.slug, p.name]));
  let html = marks.size ? undefined : unmarked.get(outline);
  if (html === undefined) {
    html = policyTextHtml(outline, names(), marks);
    if (!marks.size) unmarked.set(outline, html);
  }
  return <StaticHtml as="div" className="space-y-8" html={html} />;
}
