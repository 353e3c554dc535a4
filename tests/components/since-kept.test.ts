import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SinceKept } from "@/components/history/since-kept";

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const comparedTo = {
  id: 7,
  recordedAt: "2021-10-18T09:00:00.000Z",
  sinceKept: true,
  overOtherLanguage: false,
  overFailedCapture: false,
};

describe("SinceKept", () => {
  it("says the counts are from the text the page last kept, after a back and forth", () => {
    const html = renderToStaticMarkup(h(SinceKept, { comparedTo }));
    expect(text(html)).toBe(", counted from the text of Oct 18, 2021, the last the page kept");
  });

  it("says they are from the last English text, after versions in another language", () => {
    const html = renderToStaticMarkup(
      h(SinceKept, { comparedTo: { ...comparedTo, overOtherLanguage: true }, sentence: true }),
    );
    expect(text(html)).toBe("Counted from the text of Oct 18, 2021, the last in English.");
    expect(text(html)).not.toContain("kept");
  });

  it("says they are from the last text recorded whole, after failed captures", () => {
    const html = renderToStaticMarkup(
      h(SinceKept, { comparedTo: { ...comparedTo, overFailedCapture: true } }),
    );
    expect(text(html)).toBe(", counted from the text of Oct 18, 2021, the last recorded whole");
  });

  it("says nothing when the version before is the one compared with", () => {
    const html = renderToStaticMarkup(
      h(SinceKept, { comparedTo: { ...comparedTo, sinceKept: false } }),
    );
    expect(html).toBe("");
  });
});
