import { describe, expect, it } from "vitest";
import { changesQuery } from "../history/changes-href";
import { parseChangesQuery } from "./history-params";

const known = {
  practices: ["retention", "cookies"],
  sectors: ["social"],
  companies: [
    { slug: "github", name: "GitHub" },
    { slug: "slack", name: "Slack" },
    { slug: "deutsche-bahn", name: "Deutsche Bahn" },
  ],
};
const parse = (qs: string) => parseChangesQuery(new URLSearchParams(qs), known);

describe("parseChangesQuery", () => {
  it("reads companies by slug or by name as typed, in the order given, and names what it cannot", () => {
    const q = parse("company=GitHub, slack,Deutsche Bahn,githb&practice=retention");
    expect(q.companies).toEqual(["github", "slack", "deutsche-bahn"]);
    expect(q.practices).toEqual(["retention"]);
    expect(q.ignored).toEqual([
      'company "githb" (did you mean GitHub? see /companies for every company)',
    ]);
    // Names, not the slugs the address keeps: the page sends the reader to the slugs' address.
    expect(q.renamed).toEqual(["company names → slugs"]);
    expect(parse("company=github,slack").renamed).toEqual([]);
    // Slugs as given beside one it cannot read: nothing to rename, the unknown one is named.
    const typo = parse("company=github,gitlab");
    expect(typo.renamed).toEqual([]);
    expect(typo.ignored).toHaveLength(1);
    // One slip in a short name, two in a longer one; "slack" is no slip away from "Spark".
    const near = (typed: string, name: string) =>
      parseChangesQuery(new URLSearchParams(`company=${typed}`), {
        ...known,
        companies: [{ slug: name.toLowerCase(), name }],
      }).ignored[0];
    expect(near("slack", "Spark")).toBe('company "slack" (see /companies for every company)');
    expect(near("sprak", "Spark")).toBe('company "sprak" (see /companies for every company)');
    expect(near("spak", "Spark")).toContain("did you mean Spark?");
    expect(near("telgrm", "Telegram")).toContain("did you mean Telegram?");
    expect(changesQuery({ ...q, page: 1 })).toBe(
      "?practice=retention&company=github,slack,deutsche-bahn",
    );
  });

  it("follows at most 20 companies, and says so", () => {
    const many = Array.from({ length: 22 }, (_, i) => `c${i}`);
    const q = parseChangesQuery(new URLSearchParams(`company=${many.join(",")}`), {
      ...known,
      companies: many.map((slug) => ({ slug, name: slug.toUpperCase() })),
    });
    expect(q.companies).toHaveLength(20);
    expect(q.ignored).toEqual(["company: 2 after the first 20 (at most 20 companies at once)"]);
  });

  it("suggests the filter a mistyped parameter obviously meant", () => {
    expect(parse("companys=github").ignored).toEqual([
      'parameter "companys" (did you mean company? the filters are company, practice, sector, since and until)',
    ]);
    // Never the grid's plural, which this page only reads on the way to its own name.
    expect(parse("Sectors=social&sector=social").ignored[0]).toContain("did you mean sector?");
    expect(parse("x=1&x=2").ignored).toHaveLength(1);
    expect(parse("practice=retention&sector=social&since=2024-01-01&page=2").ignored).toEqual([]);
  });

  it("reads a page as every URL does, and names one that is not a page number", () => {
    expect(parse("page=3").page).toBe(3);
    for (const raw of ["abc", "0", "-2", "1e3", "100001"]) {
      const q = parse(`page=${raw}`);
      expect(q.page, raw).toBe(1);
      expect(q.ignored, raw).toEqual([`page "${raw}" (not a page number)`]);
    }
  });

  it("reads the grid's plural filters as its own, and says so", () => {
    const q = parse("practices=retention,cookies&companies=GitHub,slack&sectors=social");
    expect(q.practices).toEqual(["retention", "cookies"]);
    expect(q.companies).toEqual(["github", "slack"]);
    expect(q.sectors).toEqual(["social"]);
    expect(q.ignored).toEqual([]);
    expect(q.renamed).toEqual([
      "companies → company",
      "company names → slugs",
      "practices → practice",
      "sectors → sector",
    ]);
    // The page moves to the address of its own names.
    expect(changesQuery({ ...q, page: 1 })).toBe(
      "?practice=retention&practice=cookies&sector=social&company=github,slack",
    );
    // Given both ways, its own name wins and the plural is named as ignored.
    const both = parse("practice=cookies&practices=retention");
    expect(both.practices).toEqual(["cookies"]);
    expect(both.ignored).toEqual([
      "practices (practice is given; this page's filters are company, practice and sector)",
    ]);
    expect(parse("practices=nope").ignored).toEqual(['practice "nope"']);
  });

  it("reads since and until as days, naming a malformed one", () => {
    const q = parse("since=2024-01-01&until=June");
    expect(q.since).toBe("2024-01-01");
    expect(q.until).toBeUndefined();
    expect(q.ignored).toEqual(['until "June" (not a date like 2024-05-03)']);
    expect(q.renamed).toEqual([]);
  });

  it("reads from and to, as a company timeline names them, as the same dates under their names here", () => {
    const q = parse("from=2024-01-01&to=2024-06-30");
    expect([q.since, q.until]).toEqual(["2024-01-01", "2024-06-30"]);
    expect(q.renamed).toEqual(["from → since", "to → until"]);
    expect(q.ignored).toEqual([]);
    expect(`/changes${changesQuery(q)}`).toBe("/changes?since=2024-01-01&until=2024-06-30");
  });

  it("names a from or to that is not a day (a version id, say) instead of dropping it in silence", () => {
    const q = parse("from=1234&practice=retention");
    expect(q.since).toBeUndefined();
    expect(q.renamed).toEqual([]);
    expect(q.ignored).toEqual(['from "1234" (the dates are since and until, like 2024-05-03)']);
  });

  it("prefers since and until to from and to, and says it left the others out", () => {
    const q = parse("since=2023-01-01&from=2024-01-01&to=2024-06-30");
    expect([q.since, q.until]).toEqual(["2023-01-01", "2024-06-30"]);
    expect(q.renamed).toEqual(["to → until"]);
    expect(q.ignored).toEqual([
      'from "2024-01-01" (since is given; the dates are since and until)',
    ]);
  });

  it("puts a reversed range the right way round, aliases too", () => {
    const q = parse("from=2024-06-30&to=2024-01-01");
    expect([q.since, q.until]).toEqual(["2024-01-01", "2024-06-30"]);
  });
});
