import { describe, expect, it } from "vitest";
import { nameList } from "./name-list";

describe("nameList", () => {
  it("joins names as a sentence would, with 'and' before the last", () => {
    expect(nameList(["Gmail"])).toBe("Gmail");
    expect(nameList(["Gmail", "Google Voice"])).toBe("Gmail and Google Voice");
    expect(nameList(["AdSense", "Google Ads", "Google Analytics"])).toBe(
      "AdSense, Google Ads and Google Analytics",
    );
    expect(nameList([])).toBe("");
  });
});
