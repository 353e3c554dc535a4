import { describe, expect, it } from "vitest";
import { ratingLabel, ratingWords } from "./ratings";

describe("ratingLabel", () => {
  it("says 'No clause found' for the machine's silence, 'Not addressed' for a person's", () => {
    expect(ratingLabel("not-addressed", "machine")).toBe("No clause found");
    expect(ratingLabel("not-addressed")).toBe("Not addressed");
    expect(ratingLabel("neutral", "machine")).toBe("Neutral");
  });
});

describe("ratingWords", () => {
  it("names both words for silence when curated and machine-read companies are shown together", () => {
    expect(ratingWords("not-addressed", ["curated", "machine"])).toBe(
      "not addressed or no clause found",
    );
    expect(ratingWords("not-addressed", ["machine", "machine"])).toBe("no clause found");
    expect(ratingWords("not-addressed", ["curated"])).toBe("not addressed");
  });

  it("keeps the one word of the other ratings, and the rubric's word with no company shown", () => {
    expect(ratingWords("concerning", ["curated", "machine"])).toBe("concerning");
    expect(ratingWords("not-addressed", [])).toBe("not addressed");
  });
});
