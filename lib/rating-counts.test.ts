import { describe, expect, it } from "vitest";
import { countRatings, countRatingsByCompany, tallyPracticeRatings } from "./rating-counts";

describe("countRatings", () => {
  it("counts every rating, zeros included, in the rubric's order", () => {
    const counts = countRatings(["concerning", "neutral", "concerning", "not-addressed"]);
    expect(counts).toEqual({ protective: 0, neutral: 1, concerning: 2, "not-addressed": 1 });
    expect(Object.keys(counts)).toEqual(["protective", "neutral", "concerning", "not-addressed"]);
  });

  it("gives all zeros for no findings", () => {
    expect(countRatings([])).toEqual({
      protective: 0,
      neutral: 0,
      concerning: 0,
      "not-addressed": 0,
    });
  });
});

describe("countRatingsByCompany", () => {
  const cells = [
    { company: "mozy", practice: "cookies", rating: "concerning" as const },
    { company: "mozy", practice: "retention", rating: "concerning" as const },
    { company: "mozy", practice: "children", rating: "neutral" as const },
    { company: "code42", practice: "cookies", rating: "neutral" as const },
    { company: "code42", practice: "retention", rating: "not-addressed" as const },
    { company: "acme", practice: "cookies", rating: "protective" as const },
  ];

  it("counts only the practices shown, for each company shown", () => {
    const counts = countRatingsByCompany(cells, ["cookies", "retention"], ["code42", "mozy"]);
    expect([...counts.keys()]).toEqual(["code42", "mozy"]);
    expect(counts.get("mozy")).toEqual({
      protective: 0,
      neutral: 0,
      concerning: 2,
      "not-addressed": 0,
    });
    expect(counts.get("code42")).toEqual({
      protective: 0,
      neutral: 1,
      concerning: 0,
      "not-addressed": 1,
    });
  });

  it("gives a company with no cell among the shown practices zeros, and ignores companies not shown", () => {
    const counts = countRatingsByCompany(cells, ["children"], ["code42", "mozy"]);
    expect(counts.get("code42")).toEqual(countRatingsByCompany([], [], ["x"]).get("x"));
    expect(counts.get("mozy")!.neutral).toBe(1);
    expect(counts.has("acme")).toBe(false);
  });
});

describe("tallyPracticeRatings", () => {
  const tally = tallyPracticeRatings(
    ["cookies", "children"],
    [
      { practice: "cookies", provenance: "curated", rating: "concerning", companies: 4 },
      { practice: "cookies", provenance: "curated", rating: "neutral", companies: 1 },
      { practice: "cookies", provenance: "machine", rating: "concerning", companies: 210 },
      { practice: "cookies", provenance: "machine", rating: "not-addressed", companies: 92 },
      { practice: "telepathy", provenance: "machine", rating: "neutral", companies: 7 },
    ],
  );

  it("keeps curated and machine-read counts apart, never summed", () => {
    expect(tally.get("cookies")).toEqual({
      curated: {
        companies: 5,
        counts: { protective: 0, neutral: 1, concerning: 4, "not-addressed": 0 },
      },
      machine: {
        companies: 302,
        counts: { protective: 0, neutral: 0, concerning: 210, "not-addressed": 92 },
      },
    });
  });

  it("gives a practice with no row zeros of both kinds, and ignores practices not asked for", () => {
    expect(tally.get("children")).toEqual({
      curated: { companies: 0, counts: countRatings([]) },
      machine: { companies: 0, counts: countRatings([]) },
    });
    expect(tally.has("telepathy")).toBe(false);
  });
});
