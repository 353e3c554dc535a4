import type { OutlineSection } from "@/lib/policy-outline";
import type { ClauseView } from "@/lib/queries/companies";
import type { SnippetPart } from "@/lib/search/highlight";
import { cssString } from "@/lib/css-string";
import { slugify } from "@/lib/seed/segment-policy";

/*
 * The full policy as HTML, built as a string rather than as React elements. A policy can hold
 * 800 clauses (Vinted's): as elements, React serialised every one of them twice (the HTML and
 * its payload for hydration, each element with its class names) at ~270 ms of CPU a render;
 * as a string it is built in milliseconds, kept with the company (a policy is immutable between
 * seeds), and React sends it whole. Nothing inside is interactive (the copy links and the
 * highlighting are document-level listeners), so nothing is lost by React not knowing it.
 *
 * Every piece of text and every attribute value is escaped: the policies are third parties'
 * text (see e2e/script-injection.spec.ts).
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const HEADING_STYLE = [
  "text-xl font-semibold",
  "text-lg font-semibold",
  "text-base font-semibold",
  "text-sm font-semibold",
];

function clauseText(text: string, marks: SnippetPart[] | undefined): string {
  if (!marks) return escapeHtml(text);
  return marks
    .map((part) =>
      part.hit
        ? `<mark class="clause-mark">${escapeHtml(part.text)}</mark>`
        : escapeHtml(part.text),
    )
    .join("");
}

function clauseHtml(
  c: ClauseView,
  names: ReadonlyMap<string, string>,
  marks: SnippetPart[] | undefined,
): string {
  const anchor = escapeHtml(c.anchor);
  const tags = c.tags
    .map((t) => {
      const name = escapeHtml(names.get(t.practice) ?? t.practice);
      const href = `/practices/${escapeHtml(t.practice)}`;
      // Dashed like every machine tag, so a classifier's tag never looks like a curator's.
      if (t.machine)
        return `<a href="${href}" class="clause-tag border-dashed" title="Machine tag">${name}</a>`;
      if (t.probability === null) return `<a href="${href}" class="clause-tag">${name}</a>`;
      const pct = Math.round(t.probability * 100);
      // Short: a long policy has a thousand tags, and the text above the policy says what the
      // percentages are (the classifier's probability that the clause speaks to the practice).
      // A space, not a margin, between name and figure: a screen reader read "Data retention87%".
      return `<a href="${href}" class="clause-tag border-dashed" title="Machine tag: ${pct}% probability">${name} <span class="clause-tag-probability">${pct}%</span></a>`;
    })
    .join("");
  return (
    `<li id="${anchor}" class="clause"><p class="clause-meta">` +
    `<span class="font-mono">§${c.position}</span>` +
    `<a href="#${anchor}" data-copy-link="" aria-label="Copy link to clause ${c.position}" class="copy-link no-print">Copy link</a>` +
    (c.practices.length ? `<span class="sr-only">Practices this clause speaks to:</span>` : "") +
    tags +
    `</p><p class="policy-quote clause-text">${clauseText(c.text, marks)}</p></li>`
  );
}

function sectionHtml(
  section: OutlineSection<ClauseView>,
  names: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, SnippetPart[]>,
): string {
  // An unnamed <section> is not a landmark: headings such as "Personal Data" repeat under
  // different parents, and landmarks must be uniquely named. The headings carry the structure.
  // h3 for the policy's top-level headings (h2 is "The policy, clause by clause"), at most h6.
  const level = Math.min(3 + section.depth, 6);
  // The slug its clauses' anchors begin with, so that a link to a clause that has since changed
  // can still be led to its section (components/clause-highlighter.tsx).
  const preamble = section.items.some((i) => "clause" in i && i.clause.headingPath.length === 0);
  const slug = preamble ? "preamble" : slugify(section.title);
  let html = `<section class="space-y-3"><h${level} id="${escapeHtml(section.id)}" data-anchor-section="${escapeHtml(slug)}" class="policy-heading ${HEADING_STYLE[Math.min(section.depth, 3)]}">${escapeHtml(section.title)}</h${level}>`;
  const sectionName = cssString(section.title);
  let inRun = false;
  for (const item of section.items) {
    if ("clause" in item) {
      // The section a clause arrived at is in names it (app/globals.css, :target.clause).
      if (!inRun)
        html += `<ol class="space-y-3" style="${escapeHtml(`--section:${sectionName}`)}">`;
      inRun = true;
      html += clauseHtml(item.clause, names, marks.get(item.clause.anchor));
    } else {
      if (inRun) html += `</ol>`;
      inRun = false;
      html += sectionHtml(item.section, names, marks);
    }
  }
  if (inRun) html += `</ol>`;
  return `${html}</section>`;
}

/**
 * The policy under its own headings, clause by clause: each clause with its anchor, number,
 * copy-link control, practice tags and text (its `marks` in <mark>).
 */
export function policyTextHtml(
  outline: readonly OutlineSection<ClauseView>[],
  names: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, SnippetPart[]> = new Map(),
): string {
  return outline.map((s) => sectionHtml(s, names, marks)).join("");
}
