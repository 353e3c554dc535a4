import type { Element, Nodes } from "hast";
import { select, selectAll } from "hast-util-select";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/queries/companies";
import { companyFindingsHtml, openingWords } from "@/components/company-findings-html";

const finding = (over: Partial<Finding> & { practice: string }): Finding => ({
  rating: "neutral",
  summary: "Kept while the account is open.",
  provenance: "curated",
  reason: null,
  confidence: null,
  facts: [],
  evidence: [],
  ...over,
});

const names = new Map([
  ["retention", "Data retention"],
  ["cookies", "Cookies & tracking"],
]);
const positions = new Map([
  ["keep-1a2b3c", 12],
  ["cookies-4d5e6f", 3],
]);

/** An element as the tests read it: attributes, text and the elements inside it. */
type Node = {
  id: string;
  className: string;
  textContent: string;
  getAttribute: (name: string) => string | null;
  hasAttribute: (name: string) => boolean;
  querySelector: (selector: string) => Node | null;
  querySelectorAll: (selector: string) => Node[];
};

const textOf = (n: Nodes): string =>
  n.type === "text" ? n.value : "children" in n ? n.children.map(textOf).join("") : "";

function wrap(el: Element): Node {
  const attr = (name: string) => {
    const v =
      el.properties[
        name === "class" ? "className" : name === "data-provenance" ? "dataProvenance" : name
      ];
    return v === undefined || v === null ? null : Array.isArray(v) ? v.join(" ") : String(v);
  };
  return {
    id: attr("id") ?? "",
    className: attr("class") ?? "",
    textContent: textOf(el),
    getAttribute: attr,
    hasAttribute: (name) => attr(name) !== null,
    querySelector: (s) => {
      const found = select(s, el);
      return found ? wrap(found) : null;
    },
    querySelectorAll: (s) => selectAll(s, el).map(wrap),
  };
}

function render(findings: Finding[]) {
  const html = companyFindingsHtml({ slug: "signal", findings }, names, positions);
  const tree = unified().use(rehypeParse, { fragment: true }).parse(`<ul>${html}</ul>`);
  return { html, items: selectAll("ul > li", tree).map(wrap) };
}

describe("the company page's findings as a string", () => {
  it("gives each finding its anchor, practice link, rating badge and summary", () => {
    const { items } = render([
      finding({ practice: "retention", rating: "concerning", summary: "Kept <forever> & more" }),
    ]);
    expect(items).toHaveLength(1);
    const li = items[0]!;
    expect(li.id).toBe("finding-retention");
    expect(li.getAttribute("data-provenance")).toBe("curated");
    expect(li.querySelector("h3 a")?.getAttribute("href")).toBe("/practices/retention");
    expect(li.querySelector("h3")?.textContent).toBe("Data retention");
    const badge = li.querySelector("a.rating-badge")!;
    expect(badge.textContent).toBe("Concerning");
    expect(badge.getAttribute("href")).toBe("/methodology#rubric-retention-concerning");
    expect(li.querySelector("p.leading-relaxed")?.textContent).toBe("Kept <forever> & more");
    expect(li.textContent).not.toMatch(/machine-read/i);
  });

  it('marks a machine finding "machine-read", its silence as "No clause found" with the closest clause\'s probability', () => {
    const { items } = render([
      finding({
        practice: "cookies",
        provenance: "machine",
        rating: "not-addressed",
        confidence: 0.81,
      }),
    ]);
    const li = items[0]!;
    expect(li.className).toContain("machine-cell");
    expect(li.className).toContain("hatched");
    // A plain mark, not a tab stop in every finding: the company's header links to the method.
    expect(li.querySelector("span.provenance-mark")?.textContent).toBe("Machine-read");
    expect(li.querySelector("a.provenance-mark")).toBeNull();
    expect(li.querySelector("a.rating-badge")?.textContent).toBe("No clause found");
    expect(li.querySelector(".machine-note")?.textContent).toBe(
      "Closest clause: 19% likely to be about this practice",
    );
  });

  it("links to each clause by number and opening words, marking the finding's quotes there", () => {
    const { items } = render([
      finding({
        practice: "retention",
        evidence: [
          {
            anchor: "keep-1a2b3c",
            quote: "We keep your data for as long as your account is open, then delete it.",
            text: "",
            headingPath: ["Retention", "Backups"],
          },
          { anchor: "cookies-4d5e6f", quote: "Short <b>one</b>.", text: "", headingPath: [] },
        ],
      }),
    ]);
    const links = [...items[0]!.querySelectorAll("p a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "/companies/signal?finding=retention#keep-1a2b3c",
      "/companies/signal?finding=retention#cookies-4d5e6f",
    ]);
    expect(links[0]!.textContent).toBe("§12 “We keep your data for as…”");
    expect(links[0]!.getAttribute("title")).toBe("Retention › Backups");
    expect(links[1]!.textContent).toBe("§3 “Short <b>one</b>.”");
    expect(links[1]!.hasAttribute("title")).toBe(false);
    expect(items[0]!.querySelector("p.text-sm")?.textContent).toMatch(/^Based on §12 .*, §3 /);
  });

  it("shows the facts a machine rating rests on, each with its exact quote", () => {
    const { items } = render([
      finding({
        practice: "retention",
        provenance: "machine",
        confidence: 0.6,
        facts: [{ kind: "retention-period", value: "30 days", quote: "deleted after 30 days" }],
      }),
    ]);
    const details = items[0]!.querySelector("details")!;
    expect(details.querySelector("summary")?.textContent).toBe("1 fact found");
    expect(details.querySelector("dt")?.textContent).toBe("Retention period: 30 days");
    expect(details.querySelector("dd")?.textContent).toBe("“deleted after 30 days”");
  });

  it("cuts a quote to its first six words", () => {
    expect(openingWords("  one two three four five six seven ")).toBe(
      "one two three four five six…",
    );
    expect(openingWords("one two")).toBe("one two");
  });
});
