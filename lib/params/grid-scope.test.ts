import { describe, expect, it } from "vitest";
import type { CompanySummary } from "../model";
import { gridPool, parseGridScope } from "./grid-scope";

const company = (
  slug: string,
  sector: CompanySummary["sector"],
  provenance: CompanySummary["provenance"],
) => ({ slug, name: slug, sector, provenance }) as CompanySummary;
const companies = [
  company("mozy", "cloud-storage", "curated"),
  company("code42", "cloud-storage", "curated"),
  company("wetransfer", "cloud-storage", "machine"),
  company("signal", "messaging", "machine"),
];

describe("the grid's scope", () => {
  it("is the curated companies by default", () => {
    expect(gridPool(companies, parseGridScope({}))).toEqual(["mozy", "code42"]);
  });

  it("includes machine-read companies on request or in a sector view", () => {
    expect(gridPool(companies, parseGridScope({ provenance: "all" }))).toHaveLength(4);
    expect(gridPool(companies, parseGridScope({ sector: "messaging" }))).toEqual(["signal"]);
    expect(
      gridPool(companies, parseGridScope({ sector: "cloud-storage", provenance: "curated" })),
    ).toEqual(["mozy", "code42"]);
  });

  it("puts the curated companies first when asked, each group in the order given", () => {
    const byName = [
      company("adroll", "other", "machine"),
      company("code42", "cloud-storage", "curated"),
      company("mozy", "cloud-storage", "curated"),
      company("signal", "messaging", "machine"),
    ];
    const all = parseGridScope({ provenance: "all" });
    expect(gridPool(byName, all, { curatedFirst: true })).toEqual([
      "code42",
      "mozy",
      "adroll",
      "signal",
    ]);
    expect(gridPool(byName, all)).toEqual(["adroll", "code42", "mozy", "signal"]);
  });

  it("ignores an unknown sector or provenance with a notice", () => {
    const scope = parseGridScope({ sector: "pets", provenance: "robots" });
    expect(scope).toMatchObject({ sector: null, provenance: "curated" });
    expect(scope.notices).toHaveLength(2);
  });

  it("reads provenance=machine as all, and says so, since the grid has no machine-only view", () => {
    const scope = parseGridScope({ provenance: "machine" });
    expect(scope).toMatchObject({ provenance: "all", explicitProvenance: true });
    expect(scope.notices).toEqual([
      'Read provenance "machine" as all: the grid shows machine-read companies beside the curated ones, not alone. To list the machine-read companies alone, use Companies in the menu.',
    ]);
    expect(parseGridScope({ provenance: "all" }).notices).toEqual([]);
  });
});
