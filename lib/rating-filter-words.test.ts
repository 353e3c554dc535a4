import { describe, expect, it } from "vitest";
import { ratingFilterCount, ratingFilterHeading } from "./rating-filter-words";
import type { PracticeRatingCounts } from "./rating-counts";

const counts = (curated: number, machine: number): PracticeRatingCounts => ({
  curated: {
    companies: 5,
    counts: { protective: 0, neutral: 2, concerning: 0, "not-addressed": curated },
  },
  machine: {
    companies: 302,
    counts: { protective: 0, neutral: 216, concerning: 0, "not-addressed": machine },
  },
});

describe("ratingFilterHeading", () => {
  it("names the machine's silence apart from a person's", () => {
    expect(ratingFilterHeading("not-addressed", null)).toBe(
      "rated not addressed, or where the machine found no clause",
    );
    expect(ratingFilterHeading("not-addressed", "curated")).toBe("rated not addressed");
    expect(ratingFilterHeading("not-addressed", "machine")).toBe(
      "where the machine found no clause",
    );
    expect(ratingFilterHeading("concerning", null)).toBe("rated concerning");
  });
});

describe("ratingFilterCount", () => {
  it("counts a person's 'not addressed' and the machine's 'no clause found' apart, never summed", () => {
    const text = ratingFilterCount("not-addressed", counts(3, 86), null);
    expect(text).toBe(
      "Of them, 3 rated not addressed (a person found the policy silent) and 86 machine-read with no clause found (not proof the policy is silent)",
    );
    expect(text).not.toContain("89");
  });

  it("keeps to the kind shown", () => {
    expect(ratingFilterCount("not-addressed", counts(3, 86), "curated")).toBe(
      "3 of them rated not addressed",
    );
    expect(ratingFilterCount("not-addressed", counts(3, 86), "machine")).toBe(
      "86 of them where the machine found no clause (not proof the policy is silent)",
    );
    expect(ratingFilterCount("not-addressed", counts(0, 0), "machine")).toBe(
      "The machine found a clause in each of them.",
    );
  });

  it("sums the kinds for a rating both can give", () => {
    expect(ratingFilterCount("neutral", counts(3, 86), null)).toBe("218 of them rated neutral");
    expect(ratingFilterCount("concerning", counts(3, 86), null)).toBe(
      "None of them is rated concerning.",
    );
  });
});
