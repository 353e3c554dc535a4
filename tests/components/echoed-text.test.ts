import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Notices } from "@/components/notices";
import { SearchQueryText } from "@/components/search-query-text";

const ANYWHERE = "[overflow-wrap:anywhere]";
const long = "a".repeat(200);

describe("text the user typed, echoed on the page", () => {
  it("breaks anywhere when it is a search query, quoted or held in code", () => {
    for (const q of [long, `"${long}"`, `"third parties" ${long}`]) {
      const html = renderToStaticMarkup(createElement(SearchQueryText, { q }));
      expect(html).toContain(long);
      expect(html).toMatch(new RegExp(`^<(span|code) class="[^"]*\\[overflow-wrap:anywhere\\]`));
    }
  });

  it("breaks anywhere in a notice that names what the URL asked for", () => {
    const html = renderToStaticMarkup(
      createElement(Notices, {
        messages: [`No company matches "${long}" among the 5 in the atlas.`],
      }),
    );
    expect(html).toContain(ANYWHERE);
    expect(html).toContain(long);
  });
});
