import { clauseHref } from "@/lib/clause-href";
import type { CompanyDetail, Evidence, Finding, MachineFact } from "@/lib/queries/companies";
import { factText } from "@/lib/reading/fact-text";
import { confidenceNoteHtml, provenanceMarkHtml, ratingBadgeHtml } from "./badge-html";
import { escapeHtml } from "./policy-text-html";

/*
 * The company page's 14 findings as one string of HTML, for the reason the grid's table is one
 * (grid-table-html.ts): as React elements each finding's badge, marks, facts and links were
 * rendered twice, for the payload and for the HTML. Nothing inside is interactive beyond links
 * and native <details>. A company is kept per data version, so its findings are built once.
 */

const OPENING_WORDS = 6;

/** The first few words of a quote, enough to tell one piece of evidence from the next. */
export function openingWords(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length > OPENING_WORDS
    ? `${words.slice(0, OPENING_WORDS).join(" ")}…`
    : words.join(" ");
}

/** The facts a machine rating rests on, each with the policy's exact words (opened in place). */
function factsHtml(facts: MachineFact[]): string {
  if (facts.length === 0) return "";
  const items = facts.map(
    (f) =>
      `<div><dt class="font-medium">${escapeHtml(factText(f))}</dt>` +
      `<dd class="policy-quote fact-quote">${escapeHtml(`“${f.quote}”`)}</dd></div>`,
  );
  return (
    `<details class="group mt-2"><summary class="quotes-toggle">${facts.length === 1 ? "1 fact found" : `${facts.length} facts found`}</summary>` +
    `<dl class="mt-2 space-y-2 text-sm">${items.join("")}</dl></details>`
  );
}

/**
 * The clauses are on the same page, so a finding links to them instead of quoting them again:
 * each link names its clause number and the quote's opening words, and marks the quote in the
 * clause it leads to. The comma after each link stays in the same line box as the link.
 */
function evidenceLinksHtml(
  company: string,
  practice: string,
  evidence: Evidence[],
  positions: ReadonlyMap<string, number>,
): string {
  if (evidence.length === 0) return "";
  const links = evidence.map((e, i) => {
    const title = e.headingPath.length ? ` title="${escapeHtml(e.headingPath.join(" › "))}"` : "";
    return (
      `<span><a href="${escapeHtml(clauseHref(company, e.anchor, { finding: practice }))}"${title} class="finding-link">` +
      `§${positions.get(e.anchor) ?? ""} ${escapeHtml(`“${openingWords(e.quote)}”`)}</a>${i < evidence.length - 1 ? ", " : ""}</span>`
    );
  });
  return `<p class="mt-2 text-sm leading-7 [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">Based on ${links.join("")}</p>`;
}

function findingHtml(
  company: string,
  f: Finding,
  name: string,
  positions: ReadonlyMap<string, number>,
): string {
  const silent = f.rating === "not-addressed";
  const machine = f.provenance === "machine";
  return (
    `<li id="finding-${escapeHtml(f.practice)}" class="grid gap-2 p-4 sm:grid-cols-[12rem_1fr] ${silent ? "hatched" : ""} ${machine ? "machine-cell" : ""}" data-provenance="${f.provenance}">` +
    `<div class="space-y-1"><h3 class="font-semibold"><a href="/practices/${escapeHtml(f.practice)}" class="hover:text-sky-800 hover:underline dark:hover:text-sky-300">${escapeHtml(name)}</a></h3>` +
    `<div class="flex flex-wrap items-center gap-1.5">${machine ? provenanceMarkHtml("machine", "sm", false) : ""}${ratingBadgeHtml(f.rating, f.practice, "md", f.provenance)}</div></div>` +
    `<div><p class="leading-relaxed ${silent ? "text-slate-600 italic dark:text-slate-400" : ""}">${escapeHtml(f.summary)}</p>` +
    (machine ? confidenceNoteHtml(f.confidence, silent) : "") +
    factsHtml(f.facts) +
    evidenceLinksHtml(company, f.practice, f.evidence, positions) +
    `</div></li>`
  );
}

/** The findings' list items, in the company's (taxonomy) order. */
export function companyFindingsHtml(
  company: Pick<CompanyDetail, "slug" | "findings">,
  names: ReadonlyMap<string, string>,
  positions: ReadonlyMap<string, number>,
): string {
  return company.findings
    .map((f) => findingHtml(company.slug, f, names.get(f.practice) ?? f.practice, positions))
    .join("");
}
