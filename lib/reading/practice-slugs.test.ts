import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRACTICE_SLUGS, withImplied } from "./practice-slugs";

describe("practice slugs", () => {
  it("follow the taxonomy's order in seeds/practices.json", () => {
    const file = path.resolve(import.meta.dirname, "..", "..", "seeds", "practices.json");
    const taxonomy = JSON.parse(readFileSync(file, "utf8")) as Array<{ slug: string }>;
    expect([...PRACTICE_SLUGS]).toEqual(taxonomy.map((p) => p.slug));
  });

  it("add third-party sharing to a business transfer or a legal disclosure, in taxonomy order", () => {
    expect(withImplied(["law-enforcement"])).toEqual(["third-parties", "law-enforcement"]);
    expect(withImplied(["business-transfer", "cookies"])).toEqual([
      "cookies",
      "third-parties",
      "business-transfer",
    ]);
    expect(withImplied(["use", "collection"])).toEqual(["collection", "use"]);
  });
});
