import { describe, expect, it } from "vitest";
import { COMPANIES_PER_PAGE, SHORT_LAST_PAGE, gridPage, gridPageCount } from "./grid-pages";

const pagesOf = (n: number) => {
  const all = Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: gridPageCount(n) }, (_, i) => gridPage(all, i + 1).length);
};

describe("grid pages", () => {
  it("gives a short last page to the page before it", () => {
    expect(pagesOf(7)).toEqual([7]); // a sector of seven (dating) is one comparison
    expect(pagesOf(8)).toEqual([8]);
    expect(pagesOf(14)).toEqual([6, 8]);
    expect(pagesOf(307)).toEqual([...Array(50).fill(6), 7]);
  });

  it("keeps a last page long enough to stand alone", () => {
    expect(pagesOf(0)).toEqual([0]);
    expect(pagesOf(5)).toEqual([5]);
    expect(pagesOf(6)).toEqual([6]);
    expect(pagesOf(9)).toEqual([6, 3]);
    expect(pagesOf(18)).toEqual([6, 6, 6]);
    expect(pagesOf(16)).toEqual([6, 6, 4]);
  });

  it("shows every company once, in order, never more than the grid takes", () => {
    for (let n = 0; n <= 60; n++) {
      const all = Array.from({ length: n }, (_, i) => i);
      const pages = Array.from({ length: gridPageCount(n) }, (_, i) => gridPage(all, i + 1));
      expect(pages.flat()).toEqual(all);
      for (const p of pages)
        expect(p.length).toBeLessThanOrEqual(COMPANIES_PER_PAGE + SHORT_LAST_PAGE);
      if (pages.length > 1)
        for (const p of pages) expect(p.length).toBeGreaterThan(SHORT_LAST_PAGE);
    }
  });
});
