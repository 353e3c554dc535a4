import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportLinks } from "@/components/export-links";

function links(props: Parameters<typeof ExportLinks>[0]) {
  const html = renderToStaticMarkup(createElement(ExportLinks, props));
  return [...html.matchAll(/<a href="([^"]+)"[^>]*>.*?(Download \w+)<\/a>/g)].map((m) => ({
    href: m[1]!.replaceAll("&amp;", "&"),
    text: m[2],
  }));
}

describe("ExportLinks", () => {
  it("links to the whole grid as CSV and JSON when nothing is filtered", () => {
    expect(links({})).toEqual([
      { href: "/api/export?format=csv", text: "Download CSV" },
      { href: "/api/export?format=json", text: "Download JSON" },
    ]);
  });

  it("carries the current practice and company filters", () => {
    expect(
      links({ practices: ["cookies", "disputes"], companies: ["mozy"] }).map((l) => l.href),
    ).toEqual([
      "/api/export?format=csv&practices=cookies,disputes&companies=mozy",
      "/api/export?format=json&practices=cookies,disputes&companies=mozy",
    ]);
  });

  it("leaves out a filter given as an empty list", () => {
    expect(links({ practices: [], companies: ["code42"] })[0]!.href).toBe(
      "/api/export?format=csv&companies=code42",
    );
  });
});
