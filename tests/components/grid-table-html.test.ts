import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CompanySummary } from "@/lib/queries/companies";
import type { MatrixCell } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import type { Rating } from "@/lib/ratings";
import { ComparisonGrid } from "@/components/comparison-grid";

const company = (
  over: Partial<CompanySummary> & { slug: string; name: string },
): CompanySummary => ({
  legalName: over.name,
  website: "https://example.com",
  effectiveDate: null,
  effectiveDatePrecision: null,
  effectiveDateLabel: null,
  archivedOn: null,
  sector: "other",
  provenance: "curated",
  recordedBy: null,
  samePolicyAs: [],
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
  ...over,
});

const practice = (slug: string, name: string, position: number): Practice => ({
  slug,
  name,
  description: "",
  core: position < 4,
  position,
});

const PRACTICES = [
  practice("cookies", "Cookies & tracking", 0),
  practice("retention", "Data retention", 1),
  practice("disputes", "Dispute resolution", 2),
  practice("children", "Children", 3),
];

const COMPANIES = [
  company({
    slug: "mozy",
    name: 'Mozy <Inc> & "Co"',
    effectiveDate: "2011-03-01",
    effectiveDatePrecision: "day",
    effectiveDateLabel: "Last Modified",
    archivedOn: "2012-01-05",
    samePolicyAs: ["no-dates", "not-shown"],
  }),
  company({
    slug: "signal",
    name: "Signal's",
    provenance: "machine",
    archivedOn: "2024-06-02",
    recordedBy: "Open Terms Archive",
    recordedLongAgo: true,
    statedAfterRecorded: false,
  }),
  company({ slug: "no-dates", name: "Undated", samePolicyAs: ["mozy", "not-shown"] }),
  company({
    slug: "bing",
    name: "Bing",
    provenance: "machine",
    effectiveDate: "2024-03",
    effectiveDatePrecision: "month",
    effectiveDateLabel: "Last modified",
    archivedOn: "2026-07-01",
    recordedBy: "Open Terms Archive",
    mayNotBePrivacyPolicy: true,
  }),
];

function cell(company: string, practice: string, over: Partial<MatrixCell> = {}): MatrixCell {
  return {
    company,
    practice,
    rating: "neutral",
    summary: `Summary of ${practice} <b>for</b> ${company} & 'more'`,
    provenance: company === "signal" ? "machine" : "curated",
    reason: null,
    confidence: company === "signal" ? 0.734 : null,
    evidence: [],
    facts: [],
    ...over,
  };
}

const EVIDENCE = [
  {
    anchor: "cookies-1a2b3c",
    quote: 'We use "cookies" & <script>alert(1)</script> beacons.',
    text: "full clause",
    headingPath: ["Information we collect", "Cookies & 'tracking'"],
  },
  { anchor: "intro-ffffff", quote: "Plain words.", text: "full clause", headingPath: [] },
];

const CELLS: MatrixCell[] = [
  cell("mozy", "cookies", { rating: "concerning", evidence: EVIDENCE }),
  cell("signal", "cookies", { rating: "not-addressed", evidence: [] }),
  cell("no-dates", "cookies", { rating: "protective", evidence: EVIDENCE.slice(1) }),
  cell("mozy", "retention", { rating: "not-addressed" }),
  cell("signal", "retention", { rating: "concerning", evidence: EVIDENCE.slice(0, 1) }),
  cell("no-dates", "retention", { rating: "neutral" }),
  cell("mozy", "disputes", { rating: "neutral" }),
  cell("signal", "disputes", { rating: "neutral", confidence: null }),
  cell("no-dates", "disputes", { rating: "neutral" }),
  cell("mozy", "children", { rating: "protective" }),
  cell("signal", "children", { rating: "protective" }),
  cell("no-dates", "children", { rating: "protective" }),
  ...PRACTICES.map((p) => cell("bing", p.slug, { provenance: "machine", confidence: 0.61 })),
];

function both(
  ratings: Rating[],
  companies = COMPANIES,
  differing = new Set(["cookies"]),
  differingElsewhere?: Set<string>,
) {
  const props = {
    practices: PRACTICES,
    companies,
    cells: CELLS.filter((c) => companies.some((co) => co.slug === c.company)),
    ratings,
    differing,
    differingElsewhere,
    caption: "How <these> companies handle things",
  };
  return {
    react: renderToStaticMarkup(createElement(ComparisonGrid, { ...props, reactTable: true })),
    // The string builders escape an apostrophe as &#39;, React as &#x27;: the same character.
    html: renderToStaticMarkup(createElement(ComparisonGrid, props)).replaceAll("&#39;", "&#x27;"),
  };
}

describe("the grid's table built as a string", () => {
  it("is exactly the markup the React components render", () => {
    const { react, html } = both([]);
    expect(react).toContain("<table");
    expect(html).toBe(react);
  });

  it("matches them with a rating filter (rows left out, cells dimmed)", () => {
    const { react, html } = both(["concerning", "protective"]);
    expect(react).toContain("Outside the rating filter.");
    expect(react).not.toContain("Dispute resolution");
    expect(html).toBe(react);
  });

  it("matches them for a single company (no row says the ratings differ)", () => {
    const { react, html } = both([], COMPANIES.slice(1, 2));
    expect(react).not.toContain("Ratings differ");
    expect(html).toBe(react);
  });

  it("says of a row alike on this page that it differs on another, and only of that row", () => {
    const { react, html } = both([], COMPANIES, new Set(["cookies"]), new Set(["disputes"]));
    expect(html).toBe(react);
    expect(html.match(/Same on this page; differs on another/g)).toHaveLength(1);
    expect(html).toMatch(/<tr data-differs-elsewhere="".*?Dispute resolution.*?Same on this page/);
    expect(both([]).html).not.toContain("differs on another");
  });

  it("says which columns shown hold the same policy text, and only those", () => {
    const { html } = both([]);
    expect(html).toContain("Same policy text as Mozy &lt;Inc&gt; &amp; &quot;Co&quot;</span>");
    expect(html).toContain("Same policy text as Undated</span>");
    expect(html.match(/Same policy text/g)).toHaveLength(2);
    const apart = both([], [COMPANIES[0]!, COMPANIES[1]!]);
    expect(apart.html).not.toContain("Same policy text");
    expect(apart.html).toBe(apart.react);
  });

  it("says a policy recorded long ago may have changed since, in the dates of its column", () => {
    const { html } = both([]);
    expect(html).toContain(
      'Last recorded <time dateTime="2024-06-02">Jun 2, 2024</time>: the service’s current policy may differ',
    );
    expect(html.match(/may differ/g)).toHaveLength(1);
  });

  it("says of a column whose recorded text may not be a privacy policy, and only of it", () => {
    const { html, react } = both([]);
    expect(html).toBe(react);
    expect(html.match(/Recorded text may not be its privacy policy/g)).toHaveLength(1);
    expect(html).toMatch(/>Bing<\/a>.*?Recorded text may not be its privacy policy.*?<\/th>/);
  });

  it("dates a policy that states only a month by its month, never a day", () => {
    const { html, react } = both([]);
    for (const markup of [html, react])
      expect(markup).toContain(
        'Policy dated <time dateTime="2024-03">March 2024</time> <span class="whitespace-nowrap">(last modified)</span>',
      );
  });

  it("links the machine-read mark to the method once per column, not in every cell", () => {
    const { html } = both([]);
    const marks = html.match(/<(a|span)[^>]*class="provenance-mark[^"]*"/g) ?? [];
    // Signal's and Bing's columns: each header's mark is a link, their cells' marks (four
    // practices each) are plain words.
    expect(marks.filter((m) => m.startsWith("<a"))).toHaveLength(2);
    expect(marks.filter((m) => m.startsWith("<span"))).toHaveLength(8);
    expect(html.match(/Machine-read</g)).toHaveLength(10);
  });

  it("can take focus from a script only, so a new page of companies can lead focus into it", () => {
    const { html } = both([]);
    expect(html).toMatch(
      /^<div[^>]*>(<div[^>]*>)?<table class="comparison-grid text-left" tabindex="-1">/,
    );
  });

  it("escapes the policy's words and the names", () => {
    const { html } = both([]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<b>");
  });
});
