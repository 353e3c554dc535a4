import { describe, expect, it } from "vitest";
import { apiCertainty, apiRating, toApiFinding } from "./api-finding";

describe("a finding's rating and certainty as the API gives them", () => {
  it("names the machine's silence no-clause-found and keeps not-addressed for a person's", () => {
    expect(apiRating("not-addressed", "machine")).toBe("no-clause-found");
    expect(apiRating("not-addressed", "curated")).toBe("not-addressed");
    expect(apiRating("concerning", "machine")).toBe("concerning");
  });

  it("gives the closest clause's probability the page shows, never 0.99 as a confidence", () => {
    // Stored: one minus the closest clause's 1 %; the page says "Closest clause: 1% likely".
    expect(
      apiCertainty({ rating: "not-addressed", provenance: "machine", confidence: 0.99 }),
    ).toEqual({ rating: "no-clause-found", confidence: null, closestClauseProbability: 0.01 });
    // PostgreSQL's real gives 0.99 back as 0.9900000095…; the answer stays two decimals.
    expect(
      apiCertainty({
        rating: "not-addressed",
        provenance: "machine",
        confidence: 0.9900000095367432,
      }).closestClauseProbability,
    ).toBe(0.01);
    expect(
      apiCertainty({ rating: "not-addressed", provenance: "machine", confidence: 0.81 })
        .closestClauseProbability,
    ).toBe(0.19);
    // No finding recorded at all: nothing was measured.
    expect(
      apiCertainty({ rating: "not-addressed", provenance: "machine", confidence: null }),
    ).toEqual({ rating: "no-clause-found", confidence: null, closestClauseProbability: null });
  });

  it("leaves a rated or curated finding's confidence as it is", () => {
    expect(apiCertainty({ rating: "neutral", provenance: "machine", confidence: 0.54 })).toEqual({
      rating: "neutral",
      confidence: 0.54,
      closestClauseProbability: null,
    });
    expect(
      apiCertainty({ rating: "not-addressed", provenance: "curated", confidence: null }),
    ).toEqual({ rating: "not-addressed", confidence: null, closestClauseProbability: null });
  });

  it("keeps every other field of the finding", () => {
    const f = {
      practice: "cookies",
      rating: "not-addressed" as const,
      provenance: "machine" as const,
      confidence: 0.97,
      summary: "No clause about this practice was found.",
    };
    expect(toApiFinding(f)).toEqual({
      practice: "cookies",
      rating: "no-clause-found",
      provenance: "machine",
      confidence: null,
      closestClauseProbability: 0.03,
      summary: "No clause about this practice was found.",
    });
  });
});
