import { describe, expect, it } from "vitest";
import { buildOutline } from "@/lib/policy-outline";
import type { ClauseView } from "@/lib/queries/companies";
import { escapeHtml, policyTextHtml } from "@/components/policy-text-html";

const clause = (over: Partial<ClauseView>): ClauseView => ({
  anchor: "intro-aaaaaa",
  position: 1,
  headingPath: [],
  text: "We keep your data.",
  practices: [],
  tags: [],
  ...over,
});
const names = new Map([["retention", "Data retention"]]);

describe("policyTextHtml", () => {
  it("escapes every piece of third-party text, in elements and attributes", () => {
    const hostile = `<script>alert(1)</script> "quoted" & 'single'`;
    const html = policyTextHtml(
      buildOutline([clause({ headingPath: [hostile], text: hostile, anchor: `a"b` })]),
      names,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;",
    );
    expect(html).toContain(`id="a&quot;b"`);
    expect(html).toContain(`href="#a&quot;b"`);
  });

  it("names each run of clauses' section in --section, a CSS string no heading can break out of", () => {
    const html = policyTextHtml(
      buildOutline([clause({ headingPath: [`Our "Data"; \\ </ol>`] }), clause({ anchor: "x" })]),
      names,
    );
    expect(html).toContain(
      `<ol class="space-y-3" style="--section:&quot;Our \\22 Data\\22 ; \\5c  &lt;/ol&gt;&quot;">`,
    );
  });

  it("marks a machine tag kept without its probability as a machine tag, never a curator's", () => {
    const html = policyTextHtml(
      buildOutline([
        clause({
          tags: [{ practice: "retention", probability: null, machine: true }],
          practices: ["retention"],
        }),
      ]),
      names,
    );
    expect(html).toContain(
      `<a href="/practices/retention" class="clause-tag border-dashed" title="Machine tag">Data retention</a>`,
    );
    expect(html).not.toContain(`class="clause-tag">`);
  });

  it("gives each clause its anchor, number, copy link and tags, machine tags with their probability", () => {
    const html = policyTextHtml(
      buildOutline([
        clause({
          headingPath: ["Retention"],
          tags: [{ practice: "retention", probability: 0.874 }],
          practices: ["retention"],
        }),
        clause({
          anchor: "retention-bbbbbb",
          position: 2,
          headingPath: ["Retention"],
          tags: [{ practice: "retention", probability: null }],
          practices: ["retention"],
        }),
      ]),
      names,
    );
    expect(html).toContain(`<li id="intro-aaaaaa" class="clause">`);
    expect(html).toContain(`<span class="font-mono">§1</span>`);
    expect(html).toContain(`aria-label="Copy link to clause 2"`);
    expect(html).toContain(
      `<a href="/practices/retention" class="clause-tag border-dashed" title="Machine tag: 87% probability">Data retention <span class="clause-tag-probability">87%</span></a>`,
    );
    // The link's name has a space before its figure: "Data retention 87%", not "retention87%".
    expect(html.replace(/<[^>]+>/g, "")).toContain("Data retention 87%");
    expect(html).toContain(`<a href="/practices/retention" class="clause-tag">Data retention</a>`);
    // One heading (h3 at the top level), one list holding both clauses.
    expect(html.match(/<h3 /g)).toHaveLength(1);
    expect(html.match(/<ol /g)).toHaveLength(1);
  });

  it("nests sections and closes every list and section it opens", () => {
    const html = policyTextHtml(
      buildOutline([
        clause({ headingPath: ["A"], anchor: "a-1" }),
        clause({ headingPath: ["A", "B"], anchor: "b-1", position: 2 }),
        clause({ headingPath: ["A"], anchor: "a-2", position: 3 }),
      ]),
      names,
    );
    expect(html).toContain("<h4 ");
    for (const tag of ["section", "ol", "li", "p"])
      expect(html.split(`<${tag}`).length).toBe(html.split(`</${tag}>`).length);
  });

  it("marks the given parts of a clause, escaped", () => {
    const html = policyTextHtml(
      buildOutline([clause({})]),
      names,
      new Map([
        [
          "intro-aaaaaa",
          [
            { text: "We keep ", hit: false },
            { text: "<your> data", hit: true },
          ],
        ],
      ]),
    );
    expect(html).toContain(`We keep <mark class="clause-mark">&lt;your&gt; data</mark>`);
  });
});

describe("escapeHtml", () => {
  it("leaves ordinary text alone", () => {
    expect(escapeHtml("Privacy — “policy” §3")).toBe("Privacy — “policy” §3");
  });
});
