import { describe, expect, it } from "vitest";
import { searchHref } from "./search-href";

describe("searchHref", () => {
  it("encodes the query and joins lists with commas", () => {
    expect(
      searchHref({
        q: '"third parties" & more',
        companies: ["mozy", "code42"],
        practices: ["cookies"],
        page: 3,
      }),
    ).toBe(
      "/search?q=%22third%20parties%22%20%26%20more&companies=mozy,code42&practices=cookies&page=3",
    );
  });

  it("leaves out empty parts and page 1", () => {
    expect(searchHref({ q: "", companies: [], page: 1 })).toBe("/search");
    expect(searchHref({ q: "x" })).toBe("/search?q=x");
  });
});
