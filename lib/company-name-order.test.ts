import { describe, expect, it } from "vitest";
import { compareCompanyNames, sortByCompanyName } from "./company-name-order";

const named = (...names: string[]) => names.map((name, i) => ({ name, slug: `c${i}` }));

describe("the company name order", () => {
  it("ignores case, so a lower-case name sits among the others", () => {
    expect(
      sortByCompanyName(named("Mozy", "dotCloud", "IBackup", "Code 42", "Centercode")).map(
        (c) => c.name,
      ),
    ).toEqual(["Centercode", "Code 42", "dotCloud", "IBackup", "Mozy"]);
  });

  it("reads numbers by value and ignores accents", () => {
    expect(
      sortByCompanyName(named("Code 42", "Code 5", "Éclair", "Ebox")).map((c) => c.name),
    ).toEqual(["Code 5", "Code 42", "Ebox", "Éclair"]);
  });

  it("breaks a tie between names that differ only in case by slug", () => {
    const a = { name: "Mozy", slug: "mozy-b" };
    const b = { name: "MOZY", slug: "mozy-a" };
    expect(compareCompanyNames(a, b)).toBeGreaterThan(0);
    expect(sortByCompanyName([a, b])).toEqual([b, a]);
  });
});
