import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportLinks } from "@/components/export-links";

function links(props: Parameters<typeof ExportLinks>[0]) {
  const html = renderToStaticMarkup(createElement(ExportLinks, props));
  return [
    ...html.matchAll(
      /<a href="([^"]+)"[^>]*>.*?(CSV|JSON)<span class="sr-only"> of ([^<]+)<\/span><\/a>/g,
    ),
  ].map((m) => ({ href: m[1]!.replaceAll("&amp;", "&"), format: m[2], what: m[3] }));
}

const counts = { practiceCount: 4, companyCount: 5, totalPractices: 14 };

describe("ExportLinks", () => {
  it("offers this view and, directly, all 14 practices for the same companies", () => {
    expect(links({ view: { practices: ["cookies", "retention"] }, ...counts })).toEqual([
      {
        href: "/api/export?format=csv&practices=cookies,retention",
        format: "CSV",
        what: "this view (4 practices, 5 companies)",
      },
      {
        href: "/api/export?format=json&practices=cookies,retention",
        format: "JSON",
        what: "this view (4 practices, 5 companies)",
      },
      {
        href: "/api/export?format=csv&practices=all",
        format: "CSV",
        what: "all 14 practices for these 5 companies",
      },
      {
        href: "/api/export?format=json&practices=all",
        format: "JSON",
        what: "all 14 practices for these 5 companies",
      },
    ]);
  });

  it("carries every filter of the view, the rating included, and its order", () => {
    const view = {
      practices: ["retention", "disputes"],
      companies: ["code42", "mozy"],
      ratings: ["concerning" as const],
      sort: "date" as const,
    };
    const [csv, , allCsv] = links({ view, ...counts, companyCount: 2 });
    expect(csv!.href).toBe(
      "/api/export?format=csv&practices=retention,disputes&companies=code42,mozy&rating=concerning&sort=date",
    );
    expect(csv!.what).toBe("this view (4 practices, 2 companies, this rating only)");
    expect(allCsv!.href).toBe(
      "/api/export?format=csv&practices=all&companies=code42,mozy&rating=concerning&sort=date",
    );
  });

  it("asks the API for no-clause-found too when the view keeps only not addressed", () => {
    // The grid's filter keeps the machine's "no clause found" with a person's "not addressed";
    // the API names them apart, so the download asks for both to hold what the view shows.
    const [csv] = links({ view: { ratings: ["not-addressed" as const] }, ...counts });
    expect(csv!.href).toBe("/api/export?format=csv&rating=not-addressed,no-clause-found");
  });

  it("offers only this view when it already holds every practice", () => {
    expect(links({ view: { practices: "all" }, ...counts, practiceCount: 14 })).toHaveLength(2);
  });

  it("offers every company of a sector paged through, with the view's other filters", () => {
    const view = {
      practices: ["cookies", "retention"],
      companies: ["signal", "telegram"],
      ratings: ["concerning" as const],
    };
    const found = links({
      view,
      ...counts,
      companyCount: 2,
      sector: { slug: "messaging", companyCount: 18 },
    });
    expect(found.map((l) => l.href)).toEqual([
      "/api/export?format=csv&practices=cookies,retention&companies=signal,telegram&rating=concerning",
      "/api/export?format=json&practices=cookies,retention&companies=signal,telegram&rating=concerning",
      "/api/export?format=csv&practices=cookies,retention&sector=messaging&rating=concerning",
      "/api/export?format=json&practices=cookies,retention&sector=messaging&rating=concerning",
      "/api/export?format=csv&practices=all&companies=signal,telegram&rating=concerning",
      "/api/export?format=json&practices=all&companies=signal,telegram&rating=concerning",
    ]);
    expect(found[2]!.what).toBe("the whole sector (18 companies, 4 practices, this rating only)");
    const html = renderToStaticMarkup(
      createElement(ExportLinks, {
        view,
        ...counts,
        sector: { slug: "messaging", companyCount: 18, provenance: "curated" },
      }),
    );
    expect(html).toContain("Download the whole Messaging sector (18 companies, 4 practices");
    expect(html.replaceAll("&amp;", "&")).toContain("sector=messaging&provenance=curated&");
  });
});
