import { describe, expect, it } from "vitest";
import { parseSlugList, partitionKnown, slugParamSchema } from "./slug-list";

describe("parseSlugList", () => {
  it("returns undefined when the parameter is absent", () => {
    expect(parseSlugList(undefined)).toBeUndefined();
  });

  it("splits a comma-separated value and trims each part", () => {
    expect(parseSlugList("cookies, retention ,disputes")).toEqual({
      slugs: ["cookies", "retention", "disputes"],
      malformed: [],
    });
  });

  it("lower-cases slugs", () => {
    expect(parseSlugList("Cookies,RETENTION")).toEqual({
      slugs: ["cookies", "retention"],
      malformed: [],
    });
  });

  it("removes repeats, keeping first-seen order, including repeats that differ only in case", () => {
    expect(parseSlugList("retention,cookies,retention,COOKIES")).toEqual({
      slugs: ["retention", "cookies"],
      malformed: [],
    });
  });

  it("joins repeated query keys given as an array", () => {
    expect(parseSlugList(["cookies,retention", "disputes", "cookies"])).toEqual({
      slugs: ["cookies", "retention", "disputes"],
      malformed: [],
    });
  });

  it("ignores empty parts", () => {
    expect(parseSlugList(",,cookies,, ,")).toEqual({ slugs: ["cookies"], malformed: [] });
  });

  it("returns an empty list for an empty value, so callers can tell 'given but empty' from 'absent'", () => {
    expect(parseSlugList("")).toEqual({ slugs: [], malformed: [] });
  });

  it("keeps hyphenated slugs with digits", () => {
    expect(parseSlugList("third-parties,code42,policy-changes")?.slugs).toEqual([
      "third-parties",
      "code42",
      "policy-changes",
    ]);
  });

  it("sets malformed values apart instead of throwing", () => {
    expect(parseSlugList("cookies,--x,a_b,x-,<script>,a--b")).toEqual({
      slugs: ["cookies"],
      malformed: ["--x", "a_b", "x-", "<script>", "a--b"],
    });
  });

  it("returns undefined for values that are not strings or string arrays", () => {
    expect(parseSlugList(42)).toBeUndefined();
    expect(parseSlugList({ a: "b" })).toBeUndefined();
    expect(parseSlugList(["cookies", 1])).toBeUndefined();
    expect(parseSlugList(null)).toBeUndefined();
  });

  it("treats a slug longer than 64 characters as malformed", () => {
    expect(parseSlugList("a".repeat(64))?.slugs).toEqual(["a".repeat(64)]);
    const tooLong = parseSlugList("a".repeat(65));
    expect(tooLong?.slugs).toEqual([]);
    expect(tooLong?.malformed).toHaveLength(1);
  });

  it("shortens malformed values to 40 characters when reporting them", () => {
    const r = parseSlugList(`${"!".repeat(100)},cookies`);
    expect(r?.malformed).toEqual(["!".repeat(40)]);
    expect(r?.slugs).toEqual(["cookies"]);
  });

  it("stops after 100 items", () => {
    const many = Array.from({ length: 150 }, (_, i) => `s${i}`).join(",");
    const r = parseSlugList(many);
    expect(r?.slugs).toHaveLength(100);
    expect(r?.slugs.at(-1)).toBe("s99");
  });

  it("reads at most 2000 characters of input", () => {
    const first = "a".repeat(60);
    const parts = Array.from(
      { length: 40 },
      (_, i) => `${first.slice(0, 58)}${String(i).padStart(2, "0")}`,
    );
    const r = parseSlugList(parts.join(","));
    // 40 slugs of 60 characters plus commas is 2439 characters; only the first 2000 are read.
    expect(r!.slugs.length).toBeLessThan(40);
    expect(r!.slugs.join(",").length).toBeLessThanOrEqual(2000);
  });
});

describe("parseSlugList truncation", () => {
  it("reports one item longer than the whole length cap as malformed instead of dropping it", () => {
    const r = parseSlugList("x".repeat(12_000));
    expect(r).toEqual({ slugs: [], malformed: ["x".repeat(40)], truncated: true });
  });

  it("says when it stopped reading at the item cap", () => {
    const values = Array.from({ length: 101 }, (_, i) => `s${i}`);
    expect(parseSlugList(values.join(","))?.truncated).toBe(true);
    expect(parseSlugList(values.slice(0, 100).join(","))?.truncated).toBeUndefined();
  });
});

describe("partitionKnown", () => {
  it("splits requested slugs into known and unknown, listing malformed values as unknown", () => {
    const requested = { slugs: ["cookies", "nope", "retention"], malformed: ["a_b"] };
    expect(partitionKnown(requested, ["retention", "cookies", "disputes"])).toEqual({
      valid: ["cookies", "retention"],
      unknown: ["nope", "a_b"],
    });
  });

  it("reports nothing unknown when every slug is known", () => {
    expect(partitionKnown({ slugs: ["cookies"], malformed: [] }, ["cookies"])).toEqual({
      valid: ["cookies"],
      unknown: [],
    });
  });
});

describe("slugParamSchema", () => {
  it("accepts lowercase slugs and rejects anything else", () => {
    expect(slugParamSchema.safeParse("code42").success).toBe(true);
    expect(slugParamSchema.safeParse("third-parties").success).toBe(true);
    for (const bad of [
      "Mozy",
      "mo zy",
      "mozy!",
      "-mozy",
      "mozy-",
      "mo--zy",
      "",
      "a".repeat(65),
      "../etc",
    ]) {
      expect(slugParamSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("parseSlugList regressions", () => {
  it("never turns the item cut by the length cap into a slug the user did not type", () => {
    const parsed = parseSlugList("x,".repeat(999) + "cookies");
    expect(parsed?.slugs).toEqual(["x"]);
  });

  it("lists a long malformed value once even when repeated", () => {
    expect(parseSlugList(["!".repeat(50), "!".repeat(50)])?.malformed).toHaveLength(1);
  });
});
