import { describe, expect, it } from "vitest";
import { featureCounts, tokenize } from "./features";
import { stem } from "./stem";
import { cpuMs } from "../../tests/helpers/cpu-time";

describe("stem", () => {
  it("folds plurals, -ed and -ing forms onto one stem", () => {
    expect(stem("cookies")).toBe(stem("cookie"));
    expect(stem("policies")).toBe(stem("policy"));
    expect(stem("shared")).toBe(stem("share"));
    expect(stem("sharing")).toBe(stem("share"));
    expect(stem("collected")).toBe("collect");
    expect(stem("processes")).toBe("process");
  });

  it("leaves short words and double-s endings alone", () => {
    expect(stem("us")).toBe("us");
    expect(stem("access")).toBe("access");
    expect(stem("address")).toBe("address");
  });
});

describe("tokenize", () => {
  it("lower-cases, stems and replaces addresses and long numbers with placeholders", () => {
    expect(
      tokenize(
        "We DON'T sell data. Write to privacy@acme.com or see https://acme.com/p in 2024, within 30 days.",
      ),
    ).toEqual([
      "we",
      "do",
      "not",
      "sell",
      "data",
      "write",
      "to",
      "zzemail",
      "or",
      "see",
      "zzurl",
      "in",
      "zznum",
      "within",
      "30",
      "dai",
    ]);
  });

  it("reads typographic apostrophes like plain ones", () => {
    expect(tokenize("Company’s data won’t")).toEqual(["compani", "data", "wo", "not"]);
  });

  it("ends quickly on hostile input", () => {
    const inputs = [
      "a".repeat(1_000_000),
      "@".repeat(200_000) + "a",
      "a.".repeat(300_000),
      "http://" + "x".repeat(500_000),
      "\u0000\uffff".repeat(100_000),
    ];
    for (const input of inputs) {
      const ms = cpuMs(() =>
        featureCounts(input, { bigrams: true, keywords: true, chars: [3, 4, 5] }),
      );
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe("featureCounts", () => {
  it("counts words, word pairs, a length bucket and matched keyword rules", () => {
    const f = featureCounts("We share cookies. We share.", { bigrams: true, keywords: true });
    expect(f.get("share")).toBe(2);
    expect(f.get("we_share")).toBe(2);
    expect(f.get("cooki_we")).toBe(1);
    expect(f.get("#kw-cookies")).toBe(1);
    expect(f.get("#kw-third-parties")).toBe(1);
    expect(f.get("#len2")).toBe(1);
  });

  it("leaves out word pairs and keyword features when asked", () => {
    const f = featureCounts("We share cookies", { bigrams: false, keywords: false });
    expect([...f.keys()].sort()).toEqual(["#len2", "cooki", "share", "we"]);
  });

  it("adds character n-grams inside words, with the word's edges marked, when asked", () => {
    const f = featureCounts("Opt out", { bigrams: false, keywords: false, chars: [4] });
    expect([...f.keys()].filter((k) => k.startsWith("#c:")).sort()).toEqual([
      "#c:<opt",
      "#c:<out",
      "#c:opt>",
      "#c:out>",
    ]);
    const none = featureCounts("Opt out", { bigrams: false, keywords: false });
    expect([...none.keys()].some((k) => k.startsWith("#c:"))).toBe(false);
  });
});
