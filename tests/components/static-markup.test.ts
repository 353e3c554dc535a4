import Link from "next/link";
import { createElement as h, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CompanyHeader } from "@/components/company-header";
import { CompanyHistory } from "@/components/history/company-history";
import type { CompanyDetail } from "@/lib/queries/companies";
import type { HistoryOverview } from "@/lib/queries/history";
import { renderStaticMarkup } from "@/lib/render/static-markup";

/** Both renderers on the same tree: ours must write exactly what React writes. */
async function expectSameAsReact(node: ReactNode) {
  const react = renderToStaticMarkup(h(Fragment, null, node));
  expect(await renderStaticMarkup(node)).toBe(react);
  return react;
}

function Badge({ label, tone }: { label: string; tone?: string }) {
  return h("span", { className: `badge ${tone ?? ""}`, title: `What "${label}" means` }, label);
}

async function Later({ text }: { text: string }) {
  await new Promise((r) => setTimeout(r, 1));
  return h("em", null, text);
}

describe("renderStaticMarkup", () => {
  it("writes host elements, attributes and text as react-dom/server does", async () => {
    await expectSameAsReact(
      h(
        "section",
        { "aria-labelledby": "t", className: "space-y-3", "data-cols": 3, id: "s" },
        h("h2", { id: "t" }, "Ratings & <meaning> \"quoted\" 'single'"),
        h("label", { htmlFor: "q" }, "Search"),
        h("p", null, "Count: ", 3, " of ", 10, null, false, undefined, true, [
          h("b", { key: "a" }, "one"),
          [h("i", { key: "b" }, "two")],
        ]),
        h("br"),
        h("hr", { className: "rule" }),
        h("a", { href: "/a?x=1&y=2" }, "link"),
        h("details", { open: true, hidden: false }, h("summary", null, "More")),
        h("span", { "aria-hidden": true, "data-flag": false, title: undefined }, "x"),
        h("time", { dateTime: "2021-12-14T14:54:27.000Z" }, "Dec 14, 2021"),
        h("div", { dangerouslySetInnerHTML: { __html: "<b>kept as is</b>" } }),
      ),
    );
  });

  it("writes SVG attributes in their hyphenated names", async () => {
    await expectSameAsReact(
      h(
        "svg",
        {
          "aria-hidden": "true",
          viewBox: "0 0 16 16",
          className: "h-3 w-3",
          fill: "none",
          stroke: "currentColor",
          strokeWidth: "1.6",
          strokeLinecap: "round",
          strokeLinejoin: "round",
        },
        h("rect", { x: "3.5", y: "3.5", width: "9", height: "9", rx: "1.5" }),
        h("path", { d: "M6 1.5v2", fillRule: "evenodd", clipRule: "evenodd" }),
      ),
    );
  });

  it("calls function components, awaits async ones, and writes Link as the anchor it renders", async () => {
    const tree = h(
      "div",
      null,
      h(Badge, { label: "Neutral", tone: "grey" }),
      h(Fragment, null, h(Badge, { label: "Concerning" }), " and "),
      h(
        Link,
        { href: "/companies?sector=cloud&x=<1>", className: "link", prefetch: false },
        "Cloud",
      ),
    );
    await expectSameAsReact(tree);
    expect(await renderStaticMarkup(h("p", null, h(Later, { text: "later" })))).toBe(
      "<p><em>later</em></p>",
    );
  });

  it("refuses what a static block cannot hold, instead of writing it wrongly", async () => {
    await expect(
      renderStaticMarkup(h("button", { onClick: () => undefined }, "x")),
    ).rejects.toThrow(/event handler/);
    await expect(renderStaticMarkup(h("input", { value: "x", readOnly: true }))).rejects.toThrow(
      /managed form value/,
    );
    await expect(renderStaticMarkup(h("p", { style: { color: "red" } }))).rejects.toThrow(
      /inline styles/,
    );
    const ClientLike = Object.assign(() => null, {
      $$typeof: Symbol.for("react.client.reference"),
    });
    await expect(renderStaticMarkup(h(ClientLike))).rejects.toThrow(/cannot render/);
  });
});

const company = {
  slug: "acme",
  name: "Acme <Cloud>",
  legalName: "Acme & Sons, Inc.",
  website: "https://acme.example/?ref=1&b=2",
  sector: "cloud-storage",
  provenance: "machine",
  effectiveDate: "2024-03-01",
  effectiveDateLabel: "Last updated",
  archivedOn: "2025-09-23",
  samePolicyAs: ["acme-mail", "acme-chat"],
  recordedBy: "Open Terms Archive",
  recordedLongAgo: true,
  supersededBy: "acme-next",
  policy: {
    title: "Privacy",
    recordedBy: "Open Terms Archive",
    archiveUrl: "https://github.com/OpenTermsArchive/x",
    sourceUrl: "https://acme.example/privacy",
  },
  findings: [{ rating: "concerning" }, { rating: "neutral" }, { rating: "not-addressed" }],
  // One clause of six speaks to a practice: the text may not be a privacy policy.
  clauses: [["cookies"], [], [], [], [], []].map((practices) => ({ practices })),
} as unknown as CompanyDetail;

describe("the company page's static blocks", () => {
  it("writes the company header as React would, for a machine-read and a curated company", async () => {
    const names = new Map([
      ["acme-mail", "Acme Mail"],
      ["acme-chat", "Acme <Chat>"],
      ["acme-next", "Acme Next"],
    ]);
    const html = await expectSameAsReact(h(CompanyHeader, { company, names }));
    expect(html).toContain("Acme &lt;Cloud&gt;");
    expect(html).toContain(
      'The same policy text as <a href="/companies/acme-mail" class="text-sky-800 underline dark:text-sky-300">Acme Mail</a> and <a href="/companies/acme-chat" class="text-sky-800 underline dark:text-sky-300">Acme &lt;Chat&gt;</a>',
    );
    const own = await expectSameAsReact(
      h(CompanyHeader, {
        company: {
          ...company,
          provenance: "curated",
          website: null,
          legalName: company.name,
          samePolicyAs: [],
          recordedBy: null,
          recordedLongAgo: false,
          supersededBy: null,
          policy: { ...company.policy, recordedBy: null, sourceUrl: null },
        } as unknown as CompanyDetail,
        names,
      }),
    );
    expect(html).toContain(
      'Last recorded <time dateTime="2025-09-23">Sep 23, 2025</time>: the service’s current policy may differ. A newer recording: <a href="/companies/acme-next" class="text-sky-800 underline dark:text-sky-300">Acme Next</a>.',
    );
    expect(html).toContain(
      "<strong>This may not be Acme &lt;Cloud&gt;’s privacy policy.</strong> Only 1 of the 6 clauses recorded here speaks to any",
    );
    expect(own).not.toContain("may not be");
    expect(own).not.toContain("The same policy text");
    expect(own).not.toContain("may differ");
    expect(own).toContain("Unknown");
    // A corpus record without the page's address says whose record lacks it.
    const unsourced = await expectSameAsReact(
      h(CompanyHeader, {
        company: { ...company, policy: { ...company.policy, sourceUrl: null } } as CompanyDetail,
        names,
      }),
    );
    expect(unsourced).toContain("Not given in Open Terms Archive’s record of this service");
    expect(unsourced).not.toContain("Unknown");
  });

  it("writes the history section as React would, with none, one and many versions", async () => {
    const names = new Map([["cookies", "Cookies & tracking"]]);
    const version = {
      id: 2,
      recordedAt: "2024-05-01T10:00:00.000Z",
      kind: "change",
      seq: 2,
      comparedTo: {
        id: 1,
        recordedAt: "2024-04-01T10:00:00.000Z",
        sinceKept: false,
        overOtherLanguage: false,
      },
      added: 2,
      removed: 1,
      modified: 3,
      changedPractices: ["cookies", "retention"],
    };
    for (const overview of [
      {
        versionCount: 0,
        technicalCount: 0,
        backAndForthCount: 0,
        firstRecordedAt: null,
        recent: [],
      },
      {
        versionCount: 1,
        technicalCount: 0,
        backAndForthCount: 0,
        firstRecordedAt: "2023-01-01T00:00:00.000Z",
        recent: [],
      },
      {
        versionCount: 1234,
        technicalCount: 5,
        backAndForthCount: 0,
        firstRecordedAt: "2019-01-01T00:00:00.000Z",
        recent: [
          { ...version, id: 3, comparedTo: { ...version.comparedTo, sinceKept: true } },
          version,
          { ...version, id: 1, comparedTo: null, changedPractices: [] },
        ],
      },
      {
        versionCount: 971,
        technicalCount: 0,
        backAndForthCount: 795,
        layoutOnlyCount: 12,
        firstRecordedAt: "2019-01-01T00:00:00.000Z",
        recent: [version],
      },
    ])
      await expectSameAsReact(
        h(CompanyHistory, {
          slug: "acme",
          name: "Acme",
          overview: overview as unknown as HistoryOverview,
          practiceNames: names,
        }),
      );
  });
});
