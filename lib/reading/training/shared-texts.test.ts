import { describe, expect, it } from "vitest";
import { countSharedTexts } from "./shared-texts";

describe("countSharedTexts", () => {
  it("counts evaluated texts found among the trained ones, case and spacing aside", () => {
    const trained = ["We use cookies to remember you.", "We never sell your data."];
    expect(
      countSharedTexts(
        ["we use  cookies to remember you.", "We never sell your data", "Other text."],
        trained,
      ),
    ).toBe(1);
    expect(countSharedTexts([], trained)).toBe(0);
  });
});
