import type { ClauseView } from "@/lib/queries/companies";
import { subsections, type OutlineSection } from "@/lib/policy-outline";
import { escapeHtml } from "./policy-text-html";
import { StaticHtml } from "./static-html";

function entriesHtml(sections: OutlineSection<ClauseView>[], className: string): string {
  const items = sections.map((s) => {
    const children = subsections(s);
    return (
      `<li><a href="#${escapeHtml(s.id)}" class="rounded text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">${escapeHtml(s.title)}</a>` +
      (children.length
        ? entriesHtml(children, "mt-1 ml-1 border-l border-slate-200 pl-3 dark:border-slate-700")
        : "") +
      `</li>`
    );
  });
  return `<ol class="space-y-1 ${className}">${items.join("")}</ol>`;
}

/** Each outline's entries, built once: outlines are kept per data version with their company. */
const built = new WeakMap<readonly OutlineSection<ClauseView>[], string>();

/**
 * Table of contents: the policy's heading tree, each entry linking to its heading. The entries
 * are one string of HTML, like the policy text they lead into (policy-text-html.ts): a long
 * policy has a hundred headings, and as React elements each was rendered twice.
 */
export function PolicyToc({ outline }: { outline: OutlineSection<ClauseView>[] }) {
  let html = built.get(outline);
  if (html === undefined) {
    html = `<h2 class="mb-2 font-semibold">Contents</h2>${entriesHtml(outline, "")}`;
    built.set(outline, html);
  }
  return <StaticHtml as="nav" aria-label="Policy contents" className="text-sm" html={html} />;
}
