import { describe, expect, it } from "vitest";
import { parsePracticePageParams } from "./practice-page-params";

describe("a practice page's URL", () => {
  it("narrows by sector, kind and rating", () => {
    expect(
      parsePracticePageParams({
        sector: "dating",
        provenance: "machine",
        rating: "Concerning",
        page: "2",
      }),
    ).toEqual({
      sector: "dating",
      provenance: "machine",
      rating: "concerning",
      page: 2,
      notices: [],
    });
    // The API's "no clause found" is the page's not addressed.
    expect(parsePracticePageParams({ rating: "no-clause-found" }).rating).toBe("not-addressed");
    expect(parsePracticePageParams({ sector: "all", provenance: "all" }).notices).toEqual([]);
  });

  it("leaves out and names what it cannot use, never failing", () => {
    const read = parsePracticePageParams({
      sector: "datting",
      provenance: "robots",
      rating: "awful",
      ratings: "concerning",
      page: "-3",
    });
    expect(read).toMatchObject({ sector: null, provenance: null, rating: null, page: 1 });
    expect(read.notices).toEqual([
      expect.stringMatching(/^Ignored sector "datting": it takes one of cloud-storage, .*dating/),
      'Ignored provenance "robots": it takes curated or machine.',
      'Ignored rating "awful": it takes one of protective, neutral, concerning, not-addressed (or no-clause-found, the machine\'s not-addressed).',
      'Ignored unknown parameter "ratings" (did you mean rating?): a practice page reads sector, provenance, rating and page.',
    ]);
  });
});
