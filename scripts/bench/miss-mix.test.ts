import { describe, expect, it } from "vitest";
import { parseGridView } from "../../lib/params/grid-view";
import { parseSearchPageParams } from "../../lib/params/search-page-params";
import type { CompanySummary, Practice } from "../../lib/model";
import { seededRandom } from "../../lib/reading/training/random";
import { MIX_QUERIES, missMixUrls, shuffled } from "./miss-mix";

const companies = Array.from({ length: 307 }, (_, i) => `company-${i}`);
const practices = Array.from({ length: 14 }, (_, i) => `practice-${i}`);
const urls = () => missMixUrls({ companies, practices, grids: 200, searches: 200, seed: 11 });

const params = (url: string) =>
  Object.fromEntries(new URL(url, "http://x").searchParams.entries()) as Record<string, string>;

describe("missMixUrls", () => {
  it("draws the same URLs from the same seed, and others from another", () => {
    expect(urls()).toEqual(urls());
    const other = missMixUrls({ companies, practices, grids: 200, searches: 200, seed: 12 });
    expect(other.grids).not.toEqual(urls().grids);
  });

  it("gives 200 distinct comparisons of 2 to 5 known companies on known practices", () => {
    const { grids } = urls();
    expect(new Set(grids).size).toBe(200);
    const known = {
      companies: companies.map((slug) => ({ slug, name: slug }) as CompanySummary),
      practices: practices.map(
        (slug, i) => ({ slug, name: slug, core: i < 4, position: i, description: "" }) as Practice,
      ),
    };
    const sizes = new Set<number>();
    for (const url of grids) {
      const view = parseGridView(params(url), known);
      expect(view.notices, url).toEqual([]);
      expect(view.companies.length).toBeGreaterThanOrEqual(2);
      expect(view.companies.length).toBeLessThanOrEqual(5);
      expect(view.practices.length).toBeGreaterThanOrEqual(1);
      sizes.add(view.companies.length);
    }
    expect([...sizes].sort()).toEqual([2, 3, 4, 5]);
  });

  it("gives 200 distinct searches, with and without each provenance filter", () => {
    const { searches } = urls();
    expect(new Set(searches).size).toBe(200);
    const read = searches.map((u) => parseSearchPageParams(params(u)));
    expect(read.every((r) => MIX_QUERIES.includes(r.q as (typeof MIX_QUERIES)[number]))).toBe(true);
    expect(new Set(read.map((r) => r.provenance))).toEqual(new Set([null, "curated", "machine"]));
  });
  it("never draws a path it is told the cache may hold, and still gives as many", () => {
    const all = urls();
    const exclude = new Set([all.searches[0]!, all.searches[5]!, all.grids[0]!]);
    const kept = missMixUrls({
      companies,
      practices,
      grids: 200,
      searches: 200,
      seed: 11,
      exclude,
    });
    expect(kept.searches).toHaveLength(200);
    expect(kept.grids).toHaveLength(200);
    for (const path of exclude) {
      expect(kept.searches).not.toContain(path);
      expect(kept.grids).not.toContain(path);
    }
  });
});

describe("seededRandom and shuffled", () => {
  it("stay within [0, 1) and keep every item", () => {
    const r = seededRandom(1);
    for (let i = 0; i < 1000; i++) expect(r()).toBeGreaterThanOrEqual(0);
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const s = shuffled(xs, 3);
    expect(s).not.toEqual(xs);
    expect([...s].sort((a, b) => a - b)).toEqual(xs);
    expect(shuffled(xs, 3)).toEqual(s);
  });
});
