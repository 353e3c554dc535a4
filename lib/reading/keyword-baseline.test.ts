import { describe, expect, it } from "vitest";
import { KEYWORD_RULES, keywordPractices } from "./keyword-baseline";
import { PRACTICE_SLUGS } from "./practice-slugs";
import { cpuMs } from "../../tests/helpers/cpu-time";

describe("keyword baseline", () => {
  it("assigns the practices whose phrases a clause contains", () => {
    expect(keywordPractices("We may disclose information in response to a subpoena.")).toEqual([
      "third-parties",
      "law-enforcement",
    ]);
    expect(keywordPractices("Our site is not directed to children under 13.")).toEqual([
      "children",
    ]);
    expect(keywordPractices("Contact us at the address below.")).toEqual([]);
  });

  it("runs in linear time on adversarial strings", () => {
    const hostile = ["as long as ".repeat(50_000), "third-".repeat(100_000), "a ".repeat(500_000)];
    for (const text of hostile)
      for (const s of PRACTICE_SLUGS) {
        expect(cpuMs(() => KEYWORD_RULES[s].test(text))).toBeLessThan(500);
      }
  });
});
