import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KindRatingCounts } from "@/components/kind-rating-counts";
import { RatingCounts } from "@/components/rating-counts";
import { RatingCountsRow } from "@/components/rating-counts-row";
import type { CompanySummary } from "@/lib/queries/companies";
import type { MatrixCell } from "@/lib/queries/matrix";
import type { Practice } from "@/lib/queries/practices";
import { countRatings } from "@/lib/rating-counts";

/** Each chip as the words a reader sees (tags stripped), with its rating and count attributes. */
function chips(html: string) {
  return [...html.matchAll(/<li data-rating="([^"]+)" data-count="(\d+)"[^>]*>(.*?)<\/li>/g)].map(
    (m) => ({ rating: m[1], count: Number(m[2]), text: m[3]!.replace(/<[^>]+>/g, "") }),
  );
}

describe("RatingCounts", () => {
  const html = renderToStaticMarkup(
    createElement(RatingCounts, {
      counts: countRatings(["concerning", "concerning", "neutral", "concerning"]),
      label: "Mozy: ratings of the 4 practices shown",
    }),
  );

  it("shows every rating in the rubric's order as a number and a word, zeros included", () => {
    expect(chips(html)).toEqual([
      { rating: "protective", count: 0, text: "0protective" },
      { rating: "neutral", count: 1, text: "1neutral" },
      { rating: "concerning", count: 3, text: "3concerning" },
      { rating: "not-addressed", count: 0, text: "0not addressed" },
    ]);
  });

  it("gives each chip the rating's icon, and the badge colours only where the count is not zero", () => {
    expect(html.match(/<svg/g)).toHaveLength(4);
    const li = (r: string) =>
      new RegExp(`<li data-rating="${r}"[^>]*class="([^"]+)"`).exec(html)![1]!;
    expect(li("concerning")).toContain("rating-concerning");
    expect(li("neutral")).toContain("rating-neutral");
    expect(li("protective")).not.toContain("rating-protective");
    expect(li("not-addressed")).toContain("border-dashed");
  });

  it("names the list for screen readers", () => {
    expect(html).toContain('<ul aria-label="Mozy: ratings of the 4 practices shown"');
  });
});

describe("RatingCountsRow", () => {
  const practice = (slug: string, name: string) =>
    ({ slug, name, description: "", core: true, position: 0 }) as Practice;
  const company = (slug: string, name: string) => ({ slug, name }) as CompanySummary;
  const cell = (company: string, practice: string, rating: MatrixCell["rating"]) =>
    ({
      company,
      practice,
      rating,
      summary: "",
      provenance: "curated",
      reason: null,
      confidence: null,
      evidence: [],
      facts: [],
    }) as MatrixCell;
  const render = (practices: Practice[]) =>
    renderToStaticMarkup(
      createElement(
        "table",
        null,
        createElement(
          "thead",
          null,
          createElement(RatingCountsRow, {
            practices,
            companies: [company("code42", "Code 42"), company("mozy", "Mozy")],
            cells: [
              cell("code42", "cookies", "neutral"),
              cell("code42", "retention", "not-addressed"),
              cell("mozy", "cookies", "concerning"),
              cell("mozy", "retention", "concerning"),
            ],
          }),
        ),
      ),
    );

  it("heads the row and counts, per company column, only the practices shown", () => {
    const html = render([practice("cookies", "Cookies"), practice("retention", "Retention")]);
    expect(html).toMatch(
      /<th scope="row"[^>]*><span class="inline-block">At a glance<span[^>]*><span class="sm:hidden">· <\/span>ratings of the 2 practices shown/,
    );
    const [code42, mozy] = html.split("<td").slice(1);
    expect(chips(code42!).map((c) => c.count)).toEqual([0, 1, 0, 1]);
    expect(chips(mozy!).map((c) => c.count)).toEqual([0, 0, 2, 0]);
    expect(mozy).toContain('aria-label="Mozy: ratings of the 2 practices shown"');
  });

  it("follows the rows: with one practice shown, each company counts one finding", () => {
    const html = render([practice("cookies", "Cookies")]);
    expect(html).toContain("ratings of the 1 practice shown");
    const [code42, mozy] = html.split("<td").slice(1);
    expect(chips(code42!).map((c) => c.count)).toEqual([0, 1, 0, 0]);
    expect(chips(mozy!).map((c) => c.count)).toEqual([0, 0, 1, 0]);
  });
});

describe("KindRatingCounts", () => {
  const counts = {
    curated: { companies: 5, counts: countRatings(["neutral", "neutral", "concerning"]) },
    machine: {
      companies: 302,
      counts: { protective: 1, neutral: 74, concerning: 213, "not-addressed": 14 },
    },
  };
  const render = (only: "curated" | "machine" | null = null) =>
    renderToStaticMarkup(
      createElement(KindRatingCounts, { counts, practiceName: "Cookies & tracking", only }),
    );

  it("shows the curated counts first, then the machine-read ones under the machine-read mark", () => {
    const html = render();
    const curated = html.indexOf('data-provenance="curated"');
    const machine = html.indexOf('<div data-provenance="machine"');
    expect(curated).toBeGreaterThan(-1);
    expect(machine).toBeGreaterThan(curated);
    const machineLine = html.slice(machine);
    expect(machineLine).toMatch(
      /class="provenance-mark provenance-machine[^"]*"[^>]*>.*Machine-read/,
    );
    expect(machineLine).toContain(
      'aria-label="Cookies &amp; tracking: ratings of the 302 machine-read companies"',
    );
    expect(html.slice(curated, machine)).toContain(
      'aria-label="Cookies &amp; tracking: ratings of the 5 curated companies"',
    );
  });

  it("never sums the two kinds, and words the machine's silence as 'no clause found'", () => {
    const html = render();
    const [curated, machine] = html.split('<div data-provenance="machine"');
    expect(chips(curated!).map((c) => c.text)).toEqual([
      "0protective",
      "2neutral",
      "1concerning",
      "0not addressed",
    ]);
    expect(chips(machine!).map((c) => c.text)).toEqual([
      "1protective",
      "74neutral",
      "213concerning",
      "14no clause found",
    ]);
    expect(html).not.toMatch(/>(76|214)</);
  });

  it("shows only the kind a filter keeps, and no line for a kind without companies", () => {
    expect(render("curated")).not.toContain('data-provenance="machine"');
    expect(render("machine")).not.toContain("Curated");
    const none = renderToStaticMarkup(
      createElement(KindRatingCounts, {
        counts: { ...counts, machine: { companies: 0, counts: countRatings([]) } },
        practiceName: "Cookies & tracking",
      }),
    );
    expect(none).not.toContain("Machine-read");
    expect(none).toContain("5 companies");
  });
});
