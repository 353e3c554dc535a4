import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProvenanceMark } from "@/components/provenance-mark";
import {
  MACHINE_ICON_SHAPES,
  machineIconSymbolHtml,
  groupHits,
  machineMarkHtml,
  searchGroupsHtml,
  searchHitsHtml,
  snippetHtml,
} from "@/components/search-hits-html";
import type { SearchHit } from "@/lib/queries/search-clauses";
import { HIT_END, HIT_START } from "@/lib/search/highlight";

const hit = (over: Partial<SearchHit>): SearchHit => ({
  company: "mozy",
  companyName: "Mozy",
  provenance: "curated",
  anchor: "retention-aaaaaa",
  headingPath: ["Your data", "Retention"],
  practices: ["retention"],
  snippet: `We keep ${HIT_START}backups${HIT_END} for 30 days.`,
  headingMarked: null,
  rank: 0.5,
  ...over,
});
const names = new Map([
  ["retention", "Data retention"],
  ["cookies", "Cookies & tracking"],
]);

describe("searchHitsHtml", () => {
  it("escapes every piece of third-party text, in elements and attributes", () => {
    const hostile = `<img src=x onerror=alert(1)> "q" & 'a'`;
    const html = searchHitsHtml(
      [
        hit({
          companyName: hostile,
          headingPath: [hostile],
          anchor: `a"b`,
          snippet: `${hostile} ${HIT_START}<b>${HIT_END}`,
        }),
      ],
      `"x" <y>`,
      names,
    );
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &amp; &#39;a&#39;");
    expect(html).toContain(`<mark class="clause-mark">&lt;b&gt;</mark>`);
    // The query travels URL-encoded, the anchor escaped in the attribute.
    expect(html).toContain(`href="/companies/mozy?q=%22x%22%20%3Cy%3E#a&quot;b"`);
  });

  it("marks a match in the heading, escaped, when the passage has none", () => {
    const html = searchHitsHtml(
      [
        hit({
          snippet: "You and Aetna agree that any proceeding …",
          headingMarked: `<b> › Waiver of ${HIT_START}Class Actions${HIT_END}`,
        }),
      ],
      "class action",
      names,
    );
    expect(html).toContain(
      `class="search-hit-link">&lt;b&gt; › Waiver of <mark class="clause-mark">Class Actions</mark></a>`,
    );
    // The link's name stays the plain heading.
    expect(html).toContain(`aria-label="Mozy — Your data › Retention"`);
  });

  it("names the company and where the clause sits, quotes the snippet with its matches marked, and lists the practices by name", () => {
    const html = searchHitsHtml([hit({ practices: ["cookies", "retention"] })], "backups", names);
    // The company is the group's heading; the link's label names it too.
    expect(html).toContain(
      `aria-label="Mozy — Your data › Retention" class="search-hit-link">Your data › Retention</a>`,
    );
    expect(html).toContain(
      `<blockquote class="policy-quote search-hit-quote"><p>We keep <mark class="clause-mark">backups</mark> for 30 days.</p></blockquote>`,
    );
    expect(html).toContain(
      `<ul aria-label="Practices of this clause" class="search-hit-practices"><li>Cookies &amp; tracking</li><li>Data retention</li></ul>`,
    );
    expect(html.match(/<li><article/g)).toHaveLength(1);
  });

  it("draws a machine-read clause's practices as machine tags, dashed under their name, never as a curated clause's", () => {
    const html = searchHitsHtml([hit({ provenance: "machine" })], "backups", names);
    expect(html).toContain(
      `<div class="search-hit-tags"><span class="search-hit-tags-label">Machine tags:</span><ul aria-label="Practices of this clause (machine tags)" class="search-hit-practices search-hit-practices-machine"><li>Data retention</li></ul></div>`,
    );
    const curated = searchHitsHtml([hit({})], "backups", names);
    expect(curated).not.toContain("Machine tags");
    expect(curated).not.toContain("search-hit-practices-machine");
  });

  it("says a clause without headings is in the opening paragraphs, and leaves out an empty practice list", () => {
    const html = searchHitsHtml([hit({ headingPath: [], practices: [] })], "backups", names);
    expect(html).toContain(`class="search-hit-link">Opening paragraphs</a>`);
    expect(html).not.toContain("<ul");
  });

  it("marks a machine-read company's hit in words for screen readers, and its group with the site's machine-read mark; a curated one carries neither", () => {
    const [machine, curated] = [hit({ provenance: "machine" }), hit({})].map((h) =>
      searchGroupsHtml(
        groupHits([h], () => null),
        "backups",
        names,
      ),
    );
    expect(machine).toContain(
      `aria-label="Mozy (machine-read; practices tagged by the classifier) — Your data › Retention"`,
    );
    expect(machine).toContain(machineMarkHtml);
    expect(machine!.split(machineMarkHtml)).toHaveLength(2);
    expect(curated).not.toContain("machine");
  });

  it("draws the machine-read mark as the ProvenanceMark component does, its icon by reference to the one symbol", () => {
    const rendered = renderToStaticMarkup(
      createElement(ProvenanceMark, { provenance: "machine", size: "sm" }),
    ).replaceAll("&#x27;", "&#39;"); // React writes an apostrophe as &#x27;, escapeHtml as &#39;
    const [, open, icon, rest] = rendered.match(/^(<a [^>]*>)(<svg[\s\S]*?<\/svg>)(.*)$/)!;
    expect(machineMarkHtml).toBe(
      `${open}<svg aria-hidden="true" viewBox="0 0 16 16" class="h-3 w-3"><use href="#search-machine-icon"></use></svg>${rest}`,
    );
    // The symbol holds the component's own shapes, drawn with the same stroke.
    expect(icon).toContain(MACHINE_ICON_SHAPES);
    expect(machineIconSymbolHtml).toBe(
      `<symbol id="search-machine-icon" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6">${MACHINE_ICON_SHAPES}</symbol>`,
    );
  });
});

describe("searchGroupsHtml", () => {
  const hits = [
    hit({ company: "mozy", anchor: "a" }),
    hit({ company: "mozy", anchor: "b" }),
    hit({ company: "code42", companyName: "Code42 <Inc>", anchor: "c" }),
  ];

  it("groups consecutive hits by company under the company's name, linked to its page", () => {
    const groups = groupHits(hits, () => null);
    expect(groups.map((g) => [g.company, g.hits.map((h) => h.anchor)])).toEqual([
      ["mozy", ["a", "b"]],
      ["code42", ["c"]],
    ]);
    const html = searchGroupsHtml(groups, "backups", names);
    expect(html.match(/<li class="search-group">/g)).toHaveLength(2);
    expect(html).toContain(
      `<h3 class="search-group-name"><a href="/companies/code42" class="search-group-link">Code42 &lt;Inc&gt;</a></h3>`,
    );
    expect(html.match(/<h4 class="search-hit-title">/g)).toHaveLength(3);
    expect(html).not.toContain("more matching");
  });

  it("links to the rest of a company's matches, counted, escaped", () => {
    const groups = groupHits(hits, (company, shown) =>
      company === "mozy" ? { count: 13 - shown, href: "/search?q=x&companies=mozy" } : null,
    );
    const html = searchGroupsHtml(groups, "backups", names);
    expect(html).toContain(
      `<a href="/search?q=x&amp;companies=mozy" class="search-group-more-link">11 more matching clauses in Mozy<span aria-hidden="true"> →</span></a>`,
    );
    expect(
      searchGroupsHtml(
        groupHits(hits.slice(2), () => ({ count: 1, href: "/s" })),
        "backups",
        names,
      ),
    ).toContain(">1 more matching clause in Code42 &lt;Inc&gt;<");
  });
});

describe("snippetHtml", () => {
  it("joins matches separated only by spaces into one mark and drops stray sentinels", () => {
    expect(snippetHtml(`${HIT_START}Safe${HIT_END} ${HIT_START}Harbor${HIT_END} x${HIT_END}`)).toBe(
      `<mark class="clause-mark">Safe Harbor</mark> x`,
    );
  });
});
